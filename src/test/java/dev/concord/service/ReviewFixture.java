package dev.concord.service;

import dev.concord.testing.TestDatabases;
import dev.concord.ingest.Logs;
import dev.concord.model.ProgressListener;
import dev.concord.redact.Redactor;
import dev.concord.review.AssignmentMode;
import dev.concord.review.LabelSet;
import dev.concord.review.ReviewSettings;
import dev.concord.review.Reviewer;
import dev.concord.store.Database;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static dev.concord.ingest.Logs.log;

/**
 * A small reviewed-queue database: single down-voted answers {@code fi-g1..fi-gN} (oldest first, answer
 * "answer i") and, newest, a retry chain {@code fi-c1} of four attempts; services on a hand-moved clock.
 */
public final class ReviewFixture {
    public static final String CHAIN = "fi-c1";
    public final Database db;
    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T09:00:00Z"));
    public final ReviewService reviews;
    public final ReviewerService reviewers;
    public final AdjudicationService adjudication;
    public final ProjectSettingsService settings;

    public ReviewFixture(Path dir, int singles) throws Exception {
        db = TestDatabases.open(dir.resolve("review.db"));
        Logs logs = log();
        for (int i = 1; i <= singles; i++) {
            logs.generation("g" + i, "s" + i, "question " + i, "answer " + i).down("g" + i);
        }
        logs.generation("c1", "sc", "chain question", "first try").retry("c2", "sc", "c1", "second try")
                .retry("c3", "sc", "c2", "third try").retry("c4", "sc", "c3", "fourth try");
        new ImportService(db).ingest(List.of(logs.writeTo(dir.resolve("log.jsonl"))), ProgressListener.NONE);
        reviews = new ReviewService(db, Redactor.standard(), clock, ZoneOffset.UTC);
        reviewers = new ReviewerService(db, "tester", clock);
        adjudication = new AdjudicationService(db, Redactor.standard(), clock);
        settings = new ProjectSettingsService(db);
    }

    public static String single(int i) {
        return "fi-g" + i;
    }

    public void overlap(int n) {
        settings.save(new ReviewSettings(LabelSet.defaults(), n));
    }

    /** Overlap, assignment mode and maximum of reviews per item (dynamic overlap). */
    public void assignment(int overlap, AssignmentMode mode, int max) {
        settings.save(new ReviewSettings(LabelSet.defaults(), overlap, mode, max));
    }

    public Reviewer reviewer(String name) {
        return reviewers.add(name, false);
    }

    public Reviewer lead(String name) {
        return reviewers.add(name, true);
    }
}
