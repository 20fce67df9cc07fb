package dev.concord.store;

import dev.concord.ingest.FlagRules;
import dev.concord.model.ProgressListener;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One ingest run as the store keeps it, inside the unit of work that began it ({@link UnitOfWork#beginIngest}):
 * its entry in the ledger, the database's id-pseudonym key, the writer of its events, the signals it stored
 * without their generation, and the re-derivation of the flagged queue and the candidates.
 */
public final class IngestRun {
    private final Connection c;
    private final long id;

    IngestRun(Connection c, String files) throws SQLException {
        this.c = c;
        this.id = IngestLedger.begin(c, files);
    }

    /** The run's id in the ledger, which its events and derived rows carry. */
    public long id() {
        return id;
    }

    /** The database's key for id pseudonyms, created with {@code bytes} random bytes on first use. */
    public byte[] idPseudonymKey(int bytes) throws SQLException {
        return DatabaseSecrets.getOrCreate(c, DatabaseSecrets.ID_PSEUDONYM_KEY, bytes);
    }

    /** Every tombstone hash: what earlier erasures keep out of this ingest. */
    public Set<String> tombstones() throws SQLException {
        return Erasures.tombstones(c);
    }

    /**
     * Forgets these sessions, which this run stored before it learnt that consent was withdrawn: erases them with
     * everything derived, tombstones them ({@link Erasures#forget}) and logs the erasure under {@code kind}.
     */
    public ErasedCounts forgetSessions(Set<String> sessions, Erasures.Hasher hasher, String kind, String target,
                                       Instant now) throws SQLException {
        return Erasures.forget(c, sessions, null, hasher, kind, target, now);
    }

    /** Records a tombstone; false when it was there already. */
    public boolean tombstone(String hash, String kind, Instant now) throws SQLException {
        return Erasures.tombstone(c, hash, kind, now);
    }

    /** A writer of this run's events; the caller closes it. */
    public EventWriter eventWriter() throws SQLException {
        return new EventWriter(c, id);
    }

    /** How many signals of this run point at generations not in the database. */
    public long orphanCount() throws SQLException {
        return IngestLedger.orphanCount(c, id);
    }

    /** The first {@code limit} of those signals, in file and line order. */
    public List<IngestLedger.Orphan> orphans(int limit) throws SQLException {
        return IngestLedger.orphans(c, id, limit);
    }

    /** The regeneration threshold the queue was last derived with, or -1 if never. */
    public int lastRegenerationThreshold() throws SQLException {
        return IngestLedger.lastRegenerationThreshold(c);
    }

    /** The sessions this run touched, as the scope of a rebuild. */
    public RebuildScope touchedSessions() throws SQLException {
        return RebuildScope.touchedBy(c, id);
    }

    /** How many sessions a rebuild of this scope visits. */
    public long sessionCount(RebuildScope scope) throws SQLException {
        return scope.sessionCount(c);
    }

    /** Re-derives the flagged queue and the candidates of the sessions in scope with these rules. */
    public QueueBuilder.Result rebuildQueue(FlagRules flagRules, RebuildScope scope, ProgressListener progress)
            throws SQLException {
        QueueBuilder.Result derived = new QueueBuilder(flagRules).rebuild(c, id, scope, progress);
        scope.close(c);
        IngestLedger.saveRegenerationThreshold(c, flagRules.regenerationThreshold());
        return derived;
    }

    /** Records the run's counts and its end in the ledger. */
    public void finish(long linesRead, long stored, long duplicates, long rejected) throws SQLException {
        IngestLedger.finish(c, id, linesRead, stored, duplicates, rejected);
    }
}
