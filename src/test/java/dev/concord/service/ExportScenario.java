package dev.concord.service;

import dev.concord.testing.TestDatabases;
import dev.concord.model.ProgressListener;
import dev.concord.store.Database;
import dev.concord.store.ReviewFixture;

import java.nio.file.Path;
import java.util.List;

import static dev.concord.ingest.Logs.log;

/**
 * A small database with one reviewed item per consensus outcome and a few automatic candidates, built by ingesting
 * a log (ImportService) and adding reviews with plain SQL. Flagged item ids are {@code fi-} plus the generation id.
 */
public final class ExportScenario {
    public static final String EMAIL_CORRECTION = "Write to jane.doe@example.com for a refund.";

    private ExportScenario() {
    }

    /** The log: ten down-voted answers (flagged), one retry chain (flagged), and automatic signals. */
    public static Path writeLog(Path file) throws Exception {
        return log()
                .generation("good", "s1", "What is the capital of France?", "Paris.").down("good")
                .generation("fix", "s2", "How many legs does a spider have?", "Six.").down("fix")
                .generation("fixdiff", "s3", "Name a prime number above 10.", "Nine.").down("fixdiff")
                .generation("nocorr", "s4", "Summarise the release notes.", "It is fine.").down("nocorr")
                .generation("one", "s5", "Who wrote Hamlet?", "Marlowe.").down("one")
                .generation("split", "s6", "Is Java compiled?", "No.").down("split")
                .generation("expert", "s7", "Is this mole dangerous?", "Probably not.").down("expert")
                .generation("adj", "s8", "What does HTTP 404 mean?", "Not found.").down("adj")
                .generation("pii", "s9", "How do I get a refund?", "You cannot.").down("pii")
                .generation("waiting", "s10", "Nobody reviewed this yet.", "Indeed.").down("waiting")
                .generation("c1", "s11", "Write a haiku about rain.", "Rain rain rain.")
                .retry("c2", "s11", "c1", "Drops on the window.").retry("c3", "s11", "c2", "Grey sky, wet street.")
                .retry("c4", "s11", "c3", "Soft rain on tin roofs / the garden drinks slowly / puddles hold the sky")
                .generation("u1", "s12", "Translate 'merci' to English.", "Thank you.").up("u1")
                .generation("u2", "s13", "  what is THE capital of   france? ", "Paris, of course.").up("u2")
                .generation("d1", "s14", "Convert 1 mile to km.", "2 km.").downWithCorrection("d1", "About 1.609 km.")
                .generation("e1", "s15", "Give me a greeting.", "hi").edit("e1", "Hello there, how can I help you today?")
                .writeTo(file);
    }

    /** Ingests the log into the database and adds the reviews. */
    public static Database build(Path dir) throws Exception {
        Database db = TestDatabases.open(dir.resolve("concord.db"));
        new ImportService(db).ingest(List.of(writeLog(dir.resolve("log.jsonl"))), ProgressListener.NONE);
        review(db);
        return db;
    }

    public static void review(Database db) {
        new ReviewFixture(db)
                .review("fi-good", "ann", "good").review("fi-good", "bob", "good")
                .review("fi-fix", "ann", "wrong", "Eight.").review("fi-fix", "bob", "wrong", "Eight.")
                .review("fi-fixdiff", "ann", "wrong", "Eleven.").review("fi-fixdiff", "bob", "wrong",
                        "Thirteen is a prime number greater than ten, and so are 11 and 17.")
                .review("fi-nocorr", "ann", "wrong").review("fi-nocorr", "bob", "off-task")
                .review("fi-nocorr", "cy", "wrong")
                .review("fi-one", "ann", "wrong", "Shakespeare.")
                .review("fi-split", "ann", "good").review("fi-split", "bob", "wrong")
                .review("fi-expert", "ann", "needs-expert").review("fi-expert", "bob", "needs-expert")
                .review("fi-adj", "ann", "good").review("fi-adj", "bob", "style")
                .adjudicate("fi-adj", "lee", "good", null)
                .review("fi-pii", "ann", "wrong", EMAIL_CORRECTION).review("fi-pii", "bob", "wrong", EMAIL_CORRECTION)
                .review("fi-c1", "ann", "wrong", null, 3, 0).review("fi-c1", "bob", "wrong", null, 3, 0);
    }
}
