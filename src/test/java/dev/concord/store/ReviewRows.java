package dev.concord.store;

import dev.concord.ingest.Logs;
import dev.concord.model.ProgressListener;
import dev.concord.service.ImportService;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * Test fixture: flagged items from a small ingested log, and reviewers, reviews, adjudications and settings
 * inserted with plain SQL (V2 schema), for tests that need reviews before the review store exists.
 */
public final class ReviewRows {
    private final Database db;

    private ReviewRows(Database db) {
        this.db = db;
    }

    public static ReviewRows into(Database db) {
        return new ReviewRows(db);
    }

    /**
     * Ingests {@code singles} down-voted answers (items {@code fi-g0}, {@code fi-g1}, ...) and {@code chains}
     * retry chains of four attempts (items {@code fi-c0}, {@code fi-c1}, ...).
     */
    public static List<String> flaggedItems(Database db, Path dir, int singles, int chains) throws Exception {
        Logs log = Logs.log();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < singles; i++) {
            log.generation("g" + i, "s" + i, "question " + i, "answer " + i).down("g" + i);
            ids.add("fi-g" + i);
        }
        for (int i = 0; i < chains; i++) {
            String s = "sc" + i;
            log.generation("c" + i, s, "chain " + i, "first " + i).retry("c" + i + "r1", s, "c" + i, "second " + i)
                    .retry("c" + i + "r2", s, "c" + i + "r1", "third " + i)
                    .retry("c" + i + "r3", s, "c" + i + "r2", "fourth " + i);
            ids.add("fi-c" + i);
        }
        new ImportService(db).ingest(List.of(log.writeTo(dir.resolve("fixture-" + System.nanoTime() + ".jsonl"))),
                ProgressListener.NONE);
        return ids;
    }

    public ReviewRows reviewer(String id, String name) {
        return sql("INSERT INTO reviewers (id, name, is_lead, created_at) VALUES (?, ?, 0, '2026-11-01T00:00:00Z')",
                id, name);
    }

    public ReviewRows lead(String id, String name) {
        return sql("INSERT INTO reviewers (id, name, is_lead, created_at) VALUES (?, ?, 1, '2026-11-01T00:00:00Z')",
                id, name);
    }

    /** A latest review (revision 1) with a label only. */
    public ReviewRows review(String item, String reviewer, String label, String submittedAt) {
        return review(item, reviewer, 1, true, label, null, null, null, false, submittedAt);
    }

    /** A review revision with every field. */
    public ReviewRows review(String item, String reviewer, int revision, boolean latest, String label,
                             String correction, Integer best, Integer worst, boolean noneAcceptable,
                             String submittedAt) {
        return sql("INSERT INTO reviews (item_id, reviewer_id, revision, label, correction, best_attempt,"
                        + " worst_attempt, none_acceptable, note, submitted_at, is_latest)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)",
                item, reviewer, revision, label, correction, best, worst, noneAcceptable ? 1 : 0, submittedAt,
                latest ? 1 : 0);
    }

    public ReviewRows adjudicate(String item, String lead, String label) {
        return sql("INSERT INTO adjudications (item_id, lead_id, label, decided_at) VALUES (?, ?, ?,"
                + " '2026-11-30T12:00:00Z')", item, lead, label);
    }

    public ReviewRows setting(String name, String value) {
        return sql("INSERT INTO settings (name, value) VALUES (?, ?)", name, value);
    }

    private ReviewRows sql(String sql, Object... args) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                return ps.executeUpdate();
            }
        });
        return this;
    }
}
