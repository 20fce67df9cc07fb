package dev.concord.store;

import dev.concord.model.EvaluatorScore;
import dev.concord.model.Generation;
import dev.concord.model.LogEvent;
import dev.concord.model.SessionEnd;
import dev.concord.model.Signal;
import dev.concord.model.SourceRef;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HexFormat;

/**
 * Appends redacted events to the store inside the caller's transaction, in batches. Idempotent: an event
 * already stored (same generation id, or same signal / session end content) is counted as a duplicate and
 * not stored again. The first version of a generation id wins; one seen again with other content is a
 * {@link GenerationConflicts conflict}.
 */
public final class EventWriter implements AutoCloseable {
    private static final int BATCH = 2_000;
    private static final int CONFLICTS_LISTED = 1_000;

    private final PreparedStatement generations;
    private final PreparedStatement signals;
    private final PreparedStatement sessionEnds;
    private final PreparedStatement scores;
    private final long run;
    private final MessageDigest sha;
    private final PromptTexts.Writer texts;
    private final GenerationConflicts conflicts;
    private final SourceFiles files;
    private int pendingGenerations;
    private int pendingSignals;
    private int pendingEnds;
    private int pendingScores;
    private long scoresStored;
    private long stored;
    private long duplicates;

    public EventWriter(Connection c, long run) throws SQLException {
        this.run = run;
        this.generations = c.prepareStatement("INSERT INTO generations (id, session, ts, model, prompt_json, output, "
                + "sources_json, regenerates, source_file, source_file_id, source_line, ingest_run, user_key, output_tool_calls) "
                + "VALUES (?,?,?,?,?,?,?,?,'',?,?,?,?,?) "
                + "ON CONFLICT (id) DO NOTHING");
        this.signals = c.prepareStatement("INSERT INTO signals (event_key, kind, generation, ts, rating, body, comment, "
                + "source_file, source_file_id, source_line, ingest_run, user_key) VALUES (?,?,?,?,?,?,?,'',?,?,?,?) "
                + "ON CONFLICT (event_key) DO NOTHING");
        this.sessionEnds = c.prepareStatement("INSERT INTO session_ends (event_key, session, ts, outcome, source_file, "
                + "source_file_id, source_line, ingest_run, user_key) VALUES (?,?,?,?,'',?,?,?,?) ON CONFLICT (event_key) DO NOTHING");
        this.scores = c.prepareStatement("INSERT INTO evaluator_scores (score_key, generation, name, value, label, source, "
                + "comment, ts, source_file_id, source_line, ingest_run) VALUES (?,?,?,?,?,?,?,?,?,?,?) "
                + "ON CONFLICT (score_key) DO NOTHING");
        this.texts = new PromptTexts.Writer(c);
        this.conflicts = new GenerationConflicts(c, CONFLICTS_LISTED);
        this.files = new SourceFiles(c);
        try {
            this.sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public void add(LogEvent event) throws SQLException {
        if (event instanceof LogEvent.GenerationEvent g) {
            addGeneration(g.generation(), g.source(), g.subject().user());
        } else if (event instanceof LogEvent.SignalEvent s) {
            addSignal(s.signal(), s.source(), s.subject().user());
        } else if (event instanceof LogEvent.SessionEndEvent e) {
            addSessionEnd(e.end(), e.source(), e.subject().user());
        } else if (event instanceof LogEvent.ScoreEvent s) {
            addScore(s.score(), s.source());
        }
    }

    private void addGeneration(Generation g, SourceRef src, String user) throws SQLException {
        String ts = g.ts().toString();
        String prompt = PromptColumn.write(g.prompt(), g.tools(), texts);
        String sources = Json.write(g.sources());
        generations.setString(1, g.id());
        generations.setString(2, g.session());
        generations.setString(3, ts);
        generations.setString(4, g.model());
        generations.setString(5, prompt);
        generations.setString(6, g.output());
        generations.setString(7, sources);
        generations.setString(8, g.regenerates());
        conflicts.pending(src, g.id(), g.session(), ts, g.model(), prompt, g.output(), sources, g.regenerates());
        generations.setLong(9, files.id(src.file()));
        generations.setLong(10, src.line());
        generations.setLong(11, run);
        generations.setString(12, user);
        generations.setString(13, PromptColumn.writeCalls(g.outputToolCalls()));
        generations.addBatch();
        if (++pendingGenerations >= BATCH) {
            pendingGenerations = execute(generations);
        }
    }

    private void addSignal(Signal s, SourceRef src, String user) throws SQLException {
        String rating = s.rating() == null ? null : s.rating().wireName();
        signals.setString(1, s.generation() + "|" + key(s.kind().wireName(), s.generation(), s.ts().toString(), rating,
                s.text(), s.comment()));
        signals.setString(2, s.kind().wireName());
        signals.setString(3, s.generation());
        signals.setString(4, s.ts().toString());
        signals.setString(5, rating);
        signals.setString(6, s.text());
        signals.setString(7, s.comment());
        signals.setLong(8, files.id(src.file()));
        signals.setLong(9, src.line());
        signals.setLong(10, run);
        signals.setString(11, user);
        signals.addBatch();
        if (++pendingSignals >= BATCH) {
            pendingSignals = execute(signals);
        }
    }

    private void addSessionEnd(SessionEnd e, SourceRef src, String user) throws SQLException {
        sessionEnds.setString(1, e.session() + "|" + key("session_end", e.session(), e.ts().toString(), e.outcome().wireName()));
        sessionEnds.setString(2, e.session());
        sessionEnds.setString(3, e.ts().toString());
        sessionEnds.setString(4, e.outcome().wireName());
        sessionEnds.setLong(5, files.id(src.file()));
        sessionEnds.setLong(6, src.line());
        sessionEnds.setLong(7, run);
        sessionEnds.setString(8, user);
        sessionEnds.addBatch();
        if (++pendingEnds >= BATCH) {
            pendingEnds = execute(sessionEnds);
        }
    }

    private void addScore(EvaluatorScore s, SourceRef src) throws SQLException {
        String value = s.value() == null ? null : s.value().toString();
        String ts = s.ts() == null ? null : s.ts().toString();
        scores.setString(1, s.generation() + "|" + key("score", s.name(), value, s.label(), s.source(), s.comment(), ts));
        scores.setString(2, s.generation());
        scores.setString(3, s.name());
        if (s.value() == null) {
            scores.setNull(4, Types.DOUBLE);
        } else {
            scores.setDouble(4, s.value());
        }
        scores.setString(5, s.label());
        scores.setString(6, s.source());
        scores.setString(7, s.comment());
        scores.setString(8, ts);
        scores.setLong(9, files.id(src.file()));
        scores.setLong(10, src.line());
        scores.setLong(11, run);
        scores.addBatch();
        if (++pendingScores >= BATCH) {
            pendingScores = executeScores();
        }
    }

    private int executeScores() throws SQLException {
        for (int count : scores.executeBatch()) {
            if (count > 0) {
                scoresStored++;
            }
        }
        return 0;
    }

    /** Writes what is batched. */
    public void flush() throws SQLException {
        pendingGenerations = pendingGenerations > 0 ? execute(generations) : 0;
        pendingSignals = pendingSignals > 0 ? execute(signals) : 0;
        pendingEnds = pendingEnds > 0 ? execute(sessionEnds) : 0;
        pendingScores = pendingScores > 0 ? executeScores() : 0;
    }

    private int execute(PreparedStatement batch) throws SQLException {
        int[] counts = batch.executeBatch();
        if (batch == generations) {
            conflicts.check(counts);
        }
        for (int count : counts) {
            if (count > 0) {
                stored++;
            } else {
                duplicates++;
            }
        }
        return 0;
    }

    /**
     * A content hash. Keys are prefixed with the generation or session id so that they arrive in roughly
     * ascending order, as the ids do: a bare hash would scatter every insert across the whole index.
     */
    private String key(String... parts) {
        sha.reset();
        for (String p : parts) {
            sha.update((p == null ? "\u0000" : p).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0x1f);
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 20);
    }

    /** Events stored so far (after {@link #flush()}). */
    public long stored() {
        return stored;
    }

    /** Evaluator scores stored so far (after {@link #flush()}), not counted among the events; repeats are not. */
    public long scoresStored() {
        return scoresStored;
    }

    /** Events skipped as already stored (after {@link #flush()}). */
    public long duplicates() {
        return duplicates;
    }

    /** Generation ids seen again with different content (after {@link #flush()}); the first version is kept. */
    public GenerationConflicts conflicts() {
        return conflicts;
    }

    @Override
    public void close() throws SQLException {
        conflicts.close();
        generations.close();
        signals.close();
        sessionEnds.close();
        scores.close();
        texts.close();
        files.close();
    }
}
