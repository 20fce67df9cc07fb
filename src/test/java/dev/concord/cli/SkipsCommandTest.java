package dev.concord.cli;

import dev.concord.testing.TestDatabases;
import dev.concord.review.Reviewer;
import dev.concord.service.ReviewService;
import dev.concord.service.ReviewerService;
import dev.concord.store.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.concord.ingest.Logs.log;
import static org.assertj.core.api.Assertions.assertThat;

class SkipsCommandTest {
    @TempDir
    Path dir;
    private String db;
    private Reviewer ann;

    @BeforeEach
    void ingestAndSkip() throws Exception {
        db = TestDatabases.location(dir.resolve("c.db"));
        Path logFile = log().generation("g1", "s1", "Why does my build fail?", "Missing dependency.").down("g1")
                .generation("g2", "s2", "How do I rotate a key?", "Use the console.").down("g2")
                .writeTo(dir.resolve("log.jsonl"));
        assertThat(CliTest.run("ingest", logFile.toString(), "--db", db).exit()).isZero();
        Database database = TestDatabases.open(dir.resolve("c.db"));
        ann = new ReviewerService(database).add("Ann", false);
        try (ReviewService reviews = new ReviewService(database)) {
            reviews.skip(ann.id(), "fi-g2");
        }
    }

    @Test
    void listsTheNamedReviewersSkips() {
        CliTest.Run r = CliTest.run("skips", "--as", "Ann", "--db", db);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Ann skipped 1 item", "fi-g2", "How do I rotate a key?").doesNotContain("fi-g1");
    }

    @Test
    void theRememberedReviewerIsTheDefault() {
        new ReviewerService(TestDatabases.open(dir.resolve("c.db"))).remember(ann);
        assertThat(CliTest.run("skips", "--db", db).out()).contains("Ann skipped 1 item");
    }

    @Test
    void takingASkipBackMakesTheItemAssignableAgain() {
        CliTest.Run r = CliTest.run("skips", "--take-back", "fi-g2", "--as", "Ann", "--db", db);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("took back fi-g2");
        assertThat(CliTest.run("skips", "--as", "Ann", "--db", db).out()).contains("Ann skipped 0 items");
        try (ReviewService reviews = new ReviewService(TestDatabases.open(dir.resolve("c.db")))) {
            assertThat(reviews.skips(ann.id(), 10)).isEmpty();
        }
    }

    @Test
    void takingBackAnItemNotSkippedIsADataErrorAndAnUnknownReviewerAUsageError() {
        CliTest.Run r = CliTest.run("skips", "--take-back", "fi-g1", "--as", "Ann", "--db", db);
        assertThat(r.exit()).isEqualTo(ConcordCli.EXIT_DATA_ERROR);
        assertThat(r.err()).contains("fi-g1 is not among your skipped items");
        CliTest.Run nobody = CliTest.run("skips", "--as", "Zed", "--db", db);
        assertThat(nobody.exit()).isEqualTo(2);
        assertThat(nobody.err()).contains("no reviewer called 'Zed'");
    }
}
