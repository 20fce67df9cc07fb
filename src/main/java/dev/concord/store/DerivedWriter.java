package dev.concord.store;

import dev.concord.model.Attempt;
import dev.concord.model.Candidate;
import dev.concord.model.FlagReason;
import dev.concord.model.FlaggedItem;
import dev.concord.model.PromptText;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;

/**
 * Rewrites the derived tables (flagged queue and automatic candidates) inside the caller's transaction.
 * Items and candidates keep their ids across runs; whatever a run no longer derives is removed at
 * {@link #finish()}, except items that people have already reviewed, skipped or adjudicated: human work is
 * never thrown away by a re-ingest.
 */
public final class DerivedWriter implements AutoCloseable {
    private static final int BATCH = 1_000;

    private final Connection c;
    private final long run;
    private final RebuildScope scope;
    private final PreparedStatement item;
    private final PreparedStatement clearChildren;
    private final PreparedStatement clearReasons;
    private final PreparedStatement reason;
    private final PreparedStatement attempt;
    private final PreparedStatement candidate;
    private final PreparedStatement storedPrompt;
    private final PromptTexts.Writer texts;
    private int pending;
    private long items;
    private long candidates;

    public DerivedWriter(Connection c, long run) throws SQLException {
        this(c, run, RebuildScope.all());
    }

    /** A writer whose {@link #finish()} removes stale rows only among the sessions in scope. */
    public DerivedWriter(Connection c, long run, RebuildScope scope) throws SQLException {
        this.c = c;
        this.run = run;
        this.scope = scope;
        this.texts = new PromptTexts.Writer(c);
        item = c.prepareStatement("INSERT INTO flagged_items (id, session, reasons, prompt_json, headline, attempt_count, "
                + "created_at, derived_run) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET "
                + "session = excluded.session, reasons = excluded.reasons, prompt_json = excluded.prompt_json, "
                + "headline = excluded.headline, attempt_count = excluded.attempt_count, "
                + "created_at = excluded.created_at, derived_run = excluded.derived_run");
        storedPrompt = c.prepareStatement("SELECT prompt_json FROM generations WHERE id = ?");
        clearChildren = c.prepareStatement("DELETE FROM attempts WHERE item_id = ?");
        clearReasons = c.prepareStatement("DELETE FROM flagged_item_reasons WHERE item_id = ?");
        reason = c.prepareStatement("INSERT INTO flagged_item_reasons (item_id, reason) VALUES (?,?)");
        attempt = c.prepareStatement("INSERT INTO attempts (item_id, position, generation_id, ts, model, output, rating, "
                + "comment, copied, edited) VALUES (?,?,?,?,?,?,?,?,?,?)");
        candidate = c.prepareStatement("INSERT INTO candidates (id, kind, generation_id, session, chosen, "
                + "rejected, output_refs, reason, ts, derived_run) VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET "
                + "kind = excluded.kind, generation_id = excluded.generation_id, session = excluded.session, "
                + "chosen = excluded.chosen, rejected = excluded.rejected, output_refs = excluded.output_refs, "
                + "reason = excluded.reason, ts = excluded.ts, derived_run = excluded.derived_run");
    }

    /**
     * Adds a flagged item. An item with an empty prompt (derived from sessions read without prompts, see
     * {@link SessionLogReader}) gets the stored prompt of its first generation, copied as stored.
     */
    public void add(FlaggedItem fi) throws SQLException {
        String promptJson = fi.prompt().isEmpty() && !fi.attempts().isEmpty()
                ? storedPrompt(fi.attempts().get(0).generationId()) : null;
        item.setString(1, fi.id());
        item.setString(2, fi.session());
        item.setString(3, fi.reasons().stream().map(FlagReason::code).collect(Collectors.joining(",")));
        if (promptJson == null) {
            item.setString(4, PromptColumn.write(fi.prompt(), fi.tools(), texts));
            item.setString(5, fi.promptHeadline());
        } else {
            item.setString(4, promptJson);
            item.setString(5, PromptText.headline(PromptColumn.read(promptJson, c)));
        }
        item.setInt(6, fi.attempts().size());
        item.setString(7, fi.createdAt().toString());
        item.setLong(8, run);
        item.addBatch();
        clearChildren.setString(1, fi.id());
        clearChildren.addBatch();
        clearReasons.setString(1, fi.id());
        clearReasons.addBatch();
        for (FlagReason r : fi.reasons()) {
            reason.setString(1, fi.id());
            reason.setString(2, r.code());
            reason.addBatch();
        }
        for (Attempt a : fi.attempts()) {
            attempt.setString(1, fi.id());
            attempt.setInt(2, a.position());
            attempt.setString(3, a.generationId());
            attempt.setString(4, a.ts().toString());
            attempt.setString(5, a.model());
            attempt.setString(6, a.output());
            attempt.setString(7, a.rating() == null ? null : a.rating().wireName());
            attempt.setString(8, a.comment());
            attempt.setInt(9, a.copied() ? 1 : 0);
            attempt.setInt(10, a.edited() ? 1 : 0);
            attempt.addBatch();
        }
        items++;
        maybeFlush();
    }

    /** The stored prompt column of a generation, or null when it is not stored (or has no attempts to name it). */
    private String storedPrompt(String generationId) throws SQLException {
        storedPrompt.setString(1, generationId);
        try (ResultSet rs = storedPrompt.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /**
     * Adds a candidate. {@code generationOutput} is the stored output of the candidate's generation: a chosen or
     * rejected text equal to it is not copied but referred to ({@link CandidateTexts}).
     */
    public void add(Candidate cand, String generationOutput) throws SQLException {
        CandidateTexts texts = CandidateTexts.of(cand, generationOutput);
        candidate.setString(1, cand.id());
        candidate.setString(2, cand.kind().code());
        candidate.setString(3, cand.generationId());
        candidate.setString(4, cand.session());
        candidate.setString(5, texts.chosen());
        candidate.setString(6, texts.rejected());
        candidate.setInt(7, texts.outputRefs());
        candidate.setString(8, cand.reason());
        candidate.setString(9, cand.ts().toString());
        candidate.setLong(10, run);
        candidate.addBatch();
        candidates++;
        maybeFlush();
    }

    private void maybeFlush() throws SQLException {
        if (++pending >= BATCH) {
            flush();
        }
    }

    private void flush() throws SQLException {
        item.executeBatch();
        clearChildren.executeBatch();
        clearReasons.executeBatch();
        reason.executeBatch();
        attempt.executeBatch();
        candidate.executeBatch();
        pending = 0;
    }

    /** Flushes and removes everything an earlier run derived, in this run's scope, that this run did not. */
    public void finish() throws SQLException {
        flush();
        try (Statement s = c.createStatement()) {
            String stale = "derived_run <> " + run + " AND " + scope.sessionFilter("session");
            s.executeUpdate("DELETE FROM reservations WHERE item_id IN (SELECT id FROM flagged_items WHERE " + stale + ")");
            s.executeUpdate("DELETE FROM flagged_items WHERE " + stale
                    + " AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.item_id = flagged_items.id)"
                    + " AND NOT EXISTS (SELECT 1 FROM skips k WHERE k.item_id = flagged_items.id)"
                    + " AND NOT EXISTS (SELECT 1 FROM adjudications a WHERE a.item_id = flagged_items.id)");
            s.executeUpdate("DELETE FROM candidates WHERE " + stale);
        }
    }

    public long items() {
        return items;
    }

    public long candidates() {
        return candidates;
    }

    @Override
    public void close() throws SQLException {
        item.close();
        clearChildren.close();
        clearReasons.close();
        reason.close();
        attempt.close();
        candidate.close();
        storedPrompt.close();
        texts.close();
    }
}
