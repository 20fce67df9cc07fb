package dev.concord.cli;

import dev.concord.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.concord.ingest.Logs.log;
import static org.assertj.core.api.Assertions.assertThat;

class ReviewsCommandTest {
    @TempDir
    Path dir;
    private String db;

    @BeforeEach
    void ingest() throws Exception {
        db = TestDatabases.location(dir.resolve("c.db"));
        Path logFile = log().generation("g1", "s1", "Why does my build fail?", "Missing dependency.").down("g1")
                .generation("c1", "s2", "chain", "a1").retry("c2", "s2", "c1", "a2").retry("c3", "s2", "c2", "a3")
                .retry("c4", "s2", "c3", "a4").writeTo(dir.resolve("log.jsonl"));
        assertThat(CliTest.run("ingest", logFile.toString(), "--db", db).exit()).isZero();
    }

    @Test
    void importReportsBadRowsByLineExitsThreeAndExportWritesWhatLanded() throws Exception {
        Path csv = Files.writeString(dir.resolve("r.csv"), "item,reviewer,label,correction,best,worst\n"
                + "fi-g1,Ann,wrong,Add the missing dependency to pom.xml.,,\n"
                + "fi-x,Ann,good,,,\n"
                + "fi-c1,Bob,good,,3,1\n");
        CliTest.Run r = CliTest.run("reviews", "import", csv.toString(), "--db", db);
        assertThat(r.exit()).isEqualTo(ConcordCli.EXIT_DATA_ERROR);
        assertThat(r.out()).contains("reviews added:      2", "reviewers created:  2 (Ann, Bob)", "bad rows:           1",
                csv + ":3: field 'item': no flagged item has this id");

        dev.concord.store.Database opened = TestDatabases.open(dir.resolve("c.db"));
        new dev.concord.service.ReviewerService(opened).add("Lea", true);
        CliTest.Run out = CliTest.run("reviews", "export", "--db", db, "--as", "Lea");
        assertThat(out.exit()).as(out.err()).isZero();
        assertThat(out.out()).isEqualTo("item,reviewer,label,correction,best,worst\n"
                + "fi-g1,Ann,wrong,Add the missing dependency to pom.xml.,,\n"
                + "fi-c1,Bob,good,,3,1\n");

        Path file = dir.resolve("exported.csv");
        CliTest.Run toFile = CliTest.run("reviews", "export", "--db", db, "--out", file.toString(), "--as", "Lea");
        assertThat(toFile.exit()).isZero();
        assertThat(Files.readString(file)).isEqualTo(out.out());
        assertThat(toFile.out()).isEmpty();
    }

    @Test
    void exportIsBlindRefusesWithoutAViewerAndFollowsTheRememberedReviewer() throws Exception {
        Path csv = Files.writeString(dir.resolve("r.csv"), "item,reviewer,label,correction,best,worst\n"
                + "fi-g1,Ann,wrong,Ann's secret fix,,\n"
                + "fi-c1,Bob,good,,3,1\n");
        assertThat(CliTest.run("reviews", "import", csv.toString(), "--db", db).exit()).isZero();

        CliTest.Run nobody = CliTest.run("reviews", "export", "--db", db);
        assertThat(nobody.exit()).isEqualTo(2);
        assertThat(nobody.err()).contains("--as NAME").doesNotContain("secret");
        assertThat(nobody.out()).isEmpty();
        assertThat(CliTest.run("reviews", "export", "--db", db, "--as", "Nobody").err())
                .contains("no reviewer called 'Nobody'");

        CliTest.Run asBob = CliTest.run("reviews", "export", "--db", db, "--as", "Bob");
        assertThat(asBob.exit()).isZero();
        assertThat(asBob.out()).isEqualTo("item,reviewer,label,correction,best,worst\nfi-c1,Bob,good,,3,1\n");

        dev.concord.store.Database opened = TestDatabases.open(dir.resolve("c.db"));
        dev.concord.service.ReviewerService people = new dev.concord.service.ReviewerService(opened);
        people.remember(people.named("Ann").orElseThrow());
        CliTest.Run remembered = CliTest.run("reviews", "export", "--db", db);
        assertThat(remembered.exit()).isZero();
        assertThat(remembered.out()).contains("fi-g1,Ann,wrong,Ann's secret fix").doesNotContain("Bob");
    }

    @Test
    void cleanImportExitsZero() throws Exception {
        Path csv = Files.writeString(dir.resolve("r.csv"), "item,reviewer,label\nfi-g1,Ann,good\n");
        assertThat(CliTest.run("reviews", "import", csv.toString(), "--db", db).exit()).isZero();
    }

    @Test
    void missingOrHeaderlessFilesAreDataErrorsAndMissingArgumentsUsageErrors() throws Exception {
        CliTest.Run missing = CliTest.run("reviews", "import", dir.resolve("nope.csv").toString(), "--db", db);
        assertThat(missing.exit()).isEqualTo(ConcordCli.EXIT_DATA_ERROR);
        assertThat(missing.err()).contains("nope.csv: file not found");
        Path bad = Files.writeString(dir.resolve("bad.csv"), "id,who\n");
        assertThat(CliTest.run("reviews", "import", bad.toString(), "--db", db).err()).contains("unknown column 'id'");
        assertThat(CliTest.run("reviews", "import").exit()).isEqualTo(2);
        assertThat(CliTest.run("reviews").exit()).isEqualTo(2);
    }

    @Test
    void anImportWaitsForAnotherWriterSaysSoOnceAndGivesUpWithExitFourAfterDbWait() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(TestDatabases.postgres(), "SQLite's write lock");
        Path csv = Files.writeString(dir.resolve("r.csv"), "item,reviewer,label\nfi-g1,Ann,good\n");
        try (java.sql.Connection lock = TestDatabases.open(dir.resolve("c.db")).connect();
             java.sql.Statement s = lock.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            CliTest.Run r = CliTest.run("reviews", "import", csv.toString(), "--db", db, "--db-wait", "2");
            s.execute("ROLLBACK");
            assertThat(r.exit()).isEqualTo(ConcordCli.EXIT_DATABASE_ERROR);
            assertThat(r.err()).containsOnlyOnce("waiting for the database (another process is writing: ")
                    .contains("waiting up to 2 s (--db-wait)", "gave up waiting for the database");
        }
        assertThat(CliTest.run("reviews", "export", "--db", db).out()).doesNotContain("Ann");
    }

    @Test
    void reviewBenchmarkRunsOnASmallStoreAndPrintsItsFigures() {
        CliTest.Run r = CliTest.run("bench", "review", "--items", "3000", "--submits", "60");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("store:              3,000 flagged items", "open review screen:",
                "submit -> next:     median", "over 60 submits", "heap used:");
    }

    @Test
    void teamBenchmarkFillsTheEmptyDatabaseItIsGivenAndRefusesOneThatHoldsItems() {
        String empty = TestDatabases.location(dir.resolve("bench.db"));
        CliTest.Run r = CliTest.run("bench", "review", "--db", empty, "--reviewers", "3", "--items", "300",
                "--submits", "60", "--mode", "spread");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("store:              300 flagged items", "reviewers at once:  3",
                "sustained:", "(60 reviews in", "submit -> next:     median");

        CliTest.Run again = CliTest.run("bench", "review", "--db", db, "--reviewers", "2", "--items", "10");
        assertThat(again.exit()).isNotZero();
        assertThat(again.err()).contains("already holds flagged items");
    }
}
