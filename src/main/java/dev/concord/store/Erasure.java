package dev.concord.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * Forgetting inside one unit of work ({@link UnitOfWork#erasure()}): finding the sessions of a user, a session id or
 * a text, then erasing them with everything derived from them ({@link Erasures}) or counting what that would erase.
 * Every step runs in the unit of work's transaction, so a forget is all or nothing.
 */
public final class Erasure {
    private final Connection c;

    Erasure(Connection c) {
        this.c = c;
    }

    /** The database's key for id pseudonyms, created with {@code bytes} random bytes on first use. */
    public byte[] idPseudonymKey(int bytes) throws SQLException {
        return DatabaseSecrets.getOrCreate(c, DatabaseSecrets.ID_PSEUDONYM_KEY, bytes);
    }

    /** The sessions holding an event of this user pseudonym. */
    public Set<String> sessionsOfUser(String userKey) throws SQLException {
        return Erasures.sessionsOfUser(c, userKey);
    }

    /** Those of the given session ids that the database holds. */
    public Set<String> storedSessions(Collection<String> sessions) throws SQLException {
        return Erasures.storedSessions(c, sessions);
    }

    /** The sessions whose stored text contains {@code text}, ignoring case. */
    public Set<String> sessionsMatching(String text) throws SQLException {
        return Erasures.sessionsMatching(c, text);
    }

    /** Counts what erasing the sessions (and the signals of {@code userKey}, may be null) would erase. */
    public ErasedCounts count(Collection<String> sessions, String userKey) throws SQLException {
        return Erasures.sessions(c, sessions, userKey, false);
    }

    /** Forgets the sessions and the user {@code userKey} (may be null): see {@link Erasures#forget}. Idempotent. */
    public ErasedCounts forget(Set<String> sessions, String userKey, Erasures.Hasher hasher, String kind, String target,
                               Instant now) throws SQLException {
        return Erasures.forget(c, sessions, userKey, hasher, kind, target, now);
    }
}
