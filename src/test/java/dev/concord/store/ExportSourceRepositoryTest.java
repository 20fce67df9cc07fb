package dev.concord.store;

import dev.concord.testing.TestDatabases;
import dev.concord.curate.ReviewedItem;
import dev.concord.model.Candidate;
import dev.concord.model.CandidateKind;
import dev.concord.model.ProgressListener;
import dev.concord.service.ImportService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.concord.ingest.Logs.log;
import static org.assertj.core.api.Assertions.assertThat;

class ExportSourceRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void streamsReviewedItemsNewestFirstWithTheirLatestReviewsAttemptsAndAdjudication() throws Exception {
        Database db = TestDatabases.open(dir.resolve("c.db"));
        Path f = log().generation("a", "s1", "First?", "A.").down("a")
                .generation("b", "s2", "Second?", "B.").down("b")
                .generation("c1", "s3", "Chain?", "x1").retry("c2", "s3", "c1", "x2").retry("c3", "s3", "c2", "x3")
                .retry("c4", "s3", "c3", "x4")
                .generation("n", "s4", "Nobody?", "N.").down("n")
                .generation("u", "s5", "Up?", "U.").up("u")
                .writeTo(dir.resolve("log.jsonl"));
        new ImportService(db).ingest(List.of(f), ProgressListener.NONE);
        new ReviewFixture(db)
                .review("fi-a", "bob", "good").review("fi-a", "ann", "wrong", "first draft")
                .review("fi-a", "ann", "good")
                .review("fi-c1", "ann", "wrong", null, 3, 0)
                .adjudicate("fi-b", "lee", "wrong", "Bee.");
        ExportSourceRepository repo = new ExportSourceRepository(db);

        List<ReviewedItem> items = new ArrayList<>();
        repo.forEachReviewed(items::add);
        assertThat(items).extracting(i -> i.item().id()).containsExactly("fi-c1", "fi-b", "fi-a");
        ReviewedItem chain = items.get(0);
        assertThat(chain.item().attempts()).extracting(a -> a.output()).containsExactly("x1", "x2", "x3", "x4");
        assertThat(chain.votes()).singleElement().satisfies(v -> {
            assertThat(v.best()).isEqualTo(3);
            assertThat(v.worst()).isZero();
        });
        assertThat(items.get(1).votes()).isEmpty();
        assertThat(items.get(1).decision().correction()).isEqualTo("Bee.");
        assertThat(items.get(2).votes()).extracting(v -> v.reviewerId() + ":" + v.label() + ":" + v.correction())
                .containsExactly("ann:good:null", "bob:good:null");
        assertThat(items.get(2).decision()).isNull();
        assertThat(items.get(2).item().prompt()).last().satisfies(m -> assertThat(m.content()).isEqualTo("First?"));

        assertThat(repo.countReviewed()).isEqualTo(3);
        assertThat(repo.countUnreviewed()).isEqualTo(1);
        List<Candidate> eval = new ArrayList<>();
        List<Candidate> train = new ArrayList<>();
        repo.forEachCandidate(true, eval::add);
        repo.forEachCandidate(false, train::add);
        assertThat(eval).extracting(Candidate::kind).containsExactly(CandidateKind.GOLDEN_EVAL);
        assertThat(train).extracting(Candidate::kind).containsExactly(CandidateKind.SFT);
        assertThat(repo.countCandidates()).isEqualTo(2);
        assertThat(repo.newest(true)).isEqualTo(eval.get(0).ts());
        assertThat(repo.newest(false)).isEqualTo(chain.item().createdAt());
        assertThat(repo.anyLatestReview()).isTrue();
        assertThat(repo.reviewerNames()).containsKeys("ann", "bob", "lee");
    }

    @Test
    void remembersTheLastPolicy() {
        Database db = TestDatabases.open(dir.resolve("p.db"));
        ExportPolicyStore store = new ExportPolicyStore(db);
        assertThat(store.load()).isEmpty();
        store.save("{\"a\":1}");
        store.save("{\"a\":2}");
        assertThat(store.load()).contains("{\"a\":2}");
    }
}
