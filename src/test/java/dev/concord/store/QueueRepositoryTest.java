package dev.concord.store;

import dev.concord.testing.TestDatabases;
import dev.concord.ingest.Logs;
import dev.concord.model.FlagReason;
import dev.concord.model.FlaggedItem;
import dev.concord.model.ProgressListener;
import dev.concord.model.QueueEntry;
import dev.concord.service.ImportService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.concord.ingest.Logs.log;
import static org.assertj.core.api.Assertions.assertThat;

class QueueRepositoryTest {
    @TempDir
    Path dir;
    private QueueRepository queue;
    private Database db;

    @BeforeEach
    void fill() throws Exception {
        db = TestDatabases.open(dir.resolve("q.db"));
        Logs logs = log();
        for (int i = 0; i < 450; i++) {
            logs.generation(String.format("g%03d", i), "s" + i, "question " + i + "\nsecond line", "answer " + i).down(String.format("g%03d", i));
        }
        logs.generation("c1", "sc", "chain", "a1").retry("c2", "sc", "c1", "a2").retry("c3", "sc", "c2", "a3")
                .retry("c4", "sc", "c3", "a4");
        new ImportService(db).ingest(List.of(logs.writeTo(dir.resolve("l.jsonl"))), ProgressListener.NONE);
        queue = new JdbcQueueRepository(db);
    }

    @Test
    void countsAllAndByReason() {
        assertThat(queue.count(null)).isEqualTo(451);
        assertThat(queue.count(FlagReason.DOWNVOTE_NO_CORRECTION)).isEqualTo(450);
        assertThat(queue.count(FlagReason.MANY_REGENERATIONS)).isEqualTo(1);
        assertThat(queue.count(FlagReason.ABANDONED_AFTER_FAILURE)).isZero();
    }

    @Test
    void pagesCoverTheQueueOnceInAgeOrder() {
        List<QueueEntry> all = new ArrayList<>();
        for (long offset = 0; offset < 451; offset += 100) {
            all.addAll(queue.page(null, offset, 100));
        }
        assertThat(all).hasSize(451);
        assertThat(all).extracting(QueueEntry::id).doesNotHaveDuplicates();
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).createdAt()).isAfterOrEqualTo(all.get(i - 1).createdAt());
        }
        assertThat(all.get(0).headline()).isEqualTo("question 0");
    }

    @Test
    void filteredPageHoldsOnlyThatReason() {
        assertThat(queue.page(FlagReason.MANY_REGENERATIONS, 0, 50)).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("fi-c1");
            assertThat(e.attemptCount()).isEqualTo(4);
        });
    }

    @Test
    void searchFindsTextInPromptsAnswersIdsAndSessionsIgnoringCase() {
        assertThat(queue.count(null, "answer 12")).isEqualTo(11);
        assertThat(queue.count(null, "QUESTION 449")).isEqualTo(1);
        assertThat(queue.page(null, "Question 449", 0, 10)).extracting(QueueEntry::id).containsExactly("fi-g449");
        assertThat(queue.page(null, "fi-g007", 0, 10)).extracting(QueueEntry::id).containsExactly("fi-g007");
        assertThat(queue.page(null, "  sc ", 0, 10)).extracting(QueueEntry::id).containsExactly("fi-c1");
        assertThat(queue.count(null, "no such words")).isZero();
        assertThat(queue.count(null, "")).isEqualTo(451);
        assertThat(queue.count(null, null)).isEqualTo(451);
    }

    @Test
    void searchCombinesWithTheReasonAndPagesInQueueOrder() {
        assertThat(queue.count(FlagReason.MANY_REGENERATIONS, "a3")).isEqualTo(1);
        assertThat(queue.count(FlagReason.DOWNVOTE_NO_CORRECTION, "a3")).isZero();
        assertThat(queue.count(FlagReason.DOWNVOTE_NO_CORRECTION, "answer 4")).isEqualTo(61);
        List<QueueEntry> all = new ArrayList<>();
        for (long offset = 0; offset < 61; offset += 25) {
            all.addAll(queue.page(FlagReason.DOWNVOTE_NO_CORRECTION, "answer 4", offset, 25));
        }
        assertThat(all).hasSize(61).extracting(QueueEntry::id).doesNotHaveDuplicates();
        assertThat(all.get(0).id()).isEqualTo("fi-g004");
    }

    @Test
    void searchTreatsLikeWildcardsAsPlainText() throws Exception {
        Path more = log().generation("p1", "sp", "am I 100% sure?", "yes").down("p1")
                .generation("p2", "sq", "am I 100x sure?", "no_way").down("p2").writeTo(dir.resolve("pct.jsonl"));
        new ImportService(db).ingest(List.of(more), ProgressListener.NONE);
        assertThat(queue.page(null, "100%", 0, 10)).extracting(QueueEntry::id).containsExactly("fi-p1");
        assertThat(queue.page(null, "no_w", 0, 10)).extracting(QueueEntry::id).containsExactly("fi-p2");
        assertThat(queue.count(null, "_")).isEqualTo(1);
        assertThat(queue.count(null, "!")).isZero();
    }

    @Test
    void findsAnItemWithItsAttemptsInOrder() {
        FlaggedItem item = queue.find("fi-c1").orElseThrow();
        assertThat(item.attempts()).extracting(a -> a.output()).containsExactly("a1", "a2", "a3", "a4");
        assertThat(item.reasons()).containsExactly(FlagReason.MANY_REGENERATIONS);
        assertThat(queue.find("fi-none")).isEmpty();
    }

    @Test
    void reingestKeepsItemIdsStable() throws Exception {
        Path more = log().generation("n1", "sn", "new", "x").down("n1").writeTo(dir.resolve("more.jsonl"));
        new ImportService(db).ingest(List.of(more), ProgressListener.NONE);
        assertThat(queue.find("fi-c1")).isPresent();
        assertThat(queue.count(null)).isEqualTo(452);
    }
}
