package dev.concord.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Fills a database in bulk with synthetic, export-ready data for the export benchmark: automatic SFT and DPO-edit
 * candidates on their own generations, and flagged items that two reviewers labelled {@code good}. Every prompt is
 * distinct, so nothing is deduplicated away. One transaction, batched inserts.
 */
public final class SyntheticExportData {
    private static final int BATCH = 5_000;
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final String PROMPT = "[{\"role\":\"system\",\"content\":\"You are a careful support agent for an online shop.\"},"
            + "{\"role\":\"user\",\"content\":\"Question %d: my order %d arrived with a damaged box and item %d is missing, "
            + "what should I do next?\"}]";
    private static final String ANSWER = "Sorry about order %d. Please reply with a photo of the box; we will ship item %d "
            + "again at no cost and send you a return label for the damaged parcel within one business day.";

    private SyntheticExportData() {
    }

    /** What was written. */
    public record Counts(long sftCandidates, long dpoCandidates, long reviewedItems) {
    }

    public static Counts fill(Database db, long sft, long dpo, long reviewed) {
        return db.inTransaction(c -> {
            try (PreparedStatement r = c.prepareStatement("INSERT INTO reviewers (id, name, is_lead, created_at) VALUES (?,?,0,?)")) {
                for (String id : new String[] {"ann", "bob"}) {
                    r.setString(1, id);
                    r.setString(2, id);
                    r.setString(3, START.toString());
                    r.executeUpdate();
                }
            }
            candidates(c, 0, sft, "sft", null);
            candidates(c, sft, dpo, "dpo-edit", "I can't help with that.");
            items(c, sft + dpo, reviewed);
            return new Counts(sft, dpo, reviewed);
        });
    }

    private static void candidates(Connection c, long from, long n, String kind, String rejected) throws SQLException {
        try (PreparedStatement g = generation(c);
             PreparedStatement k = c.prepareStatement("INSERT INTO candidates (id, kind, generation_id, session, chosen, "
                     + "rejected, output_refs, reason, ts, derived_run) VALUES (?,?,?,?,?,?,?,?,?,1)")) {
            for (long i = from; i < from + n; i++) {
                String gen = "g" + i;
                String ts = START.plusSeconds(i).toString();
                String answer = String.format(ANSWER, i, i % 97);
                // as an ingest stores them: the side that is the generation's output refers to it
                addGeneration(g, gen, ts, i, rejected == null ? answer : rejected);
                k.setString(1, kind + ":" + gen);
                k.setString(2, kind);
                k.setString(3, gen);
                k.setString(4, "s" + i);
                k.setString(5, rejected == null ? "" : answer);
                k.setString(6, rejected == null ? null : "");
                k.setInt(7, rejected == null ? CandidateTexts.CHOSEN_IS_OUTPUT : CandidateTexts.REJECTED_IS_OUTPUT);
                k.setString(8, kind.equals("sft") ? "thumbs-up" : "answer edited by the user");
                k.setString(9, ts);
                k.addBatch();
                if ((i - from) % BATCH == BATCH - 1) {
                    g.executeBatch();
                    k.executeBatch();
                }
            }
            g.executeBatch();
            k.executeBatch();
        }
    }

    private static void items(Connection c, long from, long n) throws SQLException {
        try (PreparedStatement f = c.prepareStatement("INSERT INTO flagged_items (id, session, reasons, prompt_json, headline, "
                + "attempt_count, created_at, derived_run) VALUES (?,?,'downvote-no-correction',?,?,1,?,1)");
             PreparedStatement a = c.prepareStatement("INSERT INTO attempts (item_id, position, generation_id, ts, model, "
                     + "output, rating, comment, copied, edited) VALUES (?,0,?,?,'m',?,'down',NULL,0,0)");
             PreparedStatement r = c.prepareStatement("INSERT INTO reviews (item_id, reviewer_id, revision, label, correction, "
                     + "best_attempt, worst_attempt, none_acceptable, note, submitted_at, is_latest) "
                     + "VALUES (?,?,1,'good',NULL,NULL,NULL,0,NULL,?,1)")) {
            for (long i = from; i < from + n; i++) {
                String id = "fi-g" + i;
                String ts = START.plusSeconds(i).toString();
                f.setString(1, id);
                f.setString(2, "s" + i);
                f.setString(3, String.format(PROMPT, i, i * 7, i % 97));
                f.setString(4, "Question " + i);
                f.setString(5, ts);
                f.addBatch();
                a.setString(1, id);
                a.setString(2, "g" + i);
                a.setString(3, ts);
                a.setString(4, String.format(ANSWER, i, i % 97));
                a.addBatch();
                for (String reviewer : new String[] {"ann", "bob"}) {
                    r.setString(1, id);
                    r.setString(2, reviewer);
                    r.setString(3, ts);
                    r.addBatch();
                }
                if ((i - from) % BATCH == BATCH - 1) {
                    f.executeBatch();
                    a.executeBatch();
                    r.executeBatch();
                }
            }
            f.executeBatch();
            a.executeBatch();
            r.executeBatch();
        }
    }

    private static PreparedStatement generation(Connection c) throws SQLException {
        return c.prepareStatement("INSERT INTO generations (id, session, ts, model, prompt_json, output, sources_json, "
                + "regenerates, source_file, source_line, ingest_run) VALUES (?,?,?,'m',?,?,'[]',NULL,'bench',?,1)");
    }

    private static void addGeneration(PreparedStatement g, String id, String ts, long i, String output) throws SQLException {
        g.setString(1, id);
        g.setString(2, "s" + i);
        g.setString(3, ts);
        g.setString(4, String.format(PROMPT, i, i * 7, i % 97));
        g.setString(5, output);
        g.setLong(6, i + 1);
        g.addBatch();
    }
}
