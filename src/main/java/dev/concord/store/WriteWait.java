package dev.concord.store;

import java.time.Duration;

/**
 * How long a write waits for another writer of the same SQLite database, and whom it tells. SQLite has one
 * writer at a time; a transaction that finds the write lock taken (a long ingest in another process, say)
 * waits for as long as the other holds it, up to {@code limit}, then fails with a {@link StoreException}.
 * The listener hears about the wait when it begins, about every {@link #NOTICE_EVERY} while it lasts, and when
 * it ends.
 */
public record WriteWait(Duration limit, Listener listener) {
    /** The limit when neither {@code CONCORD_DB_WAIT} nor {@code -Dconcord.dbWait} (seconds) says otherwise. */
    public static final Duration DEFAULT_LIMIT = Duration.ofMinutes(10);
    /** How often a waiting writer is reminded that it still waits. */
    public static final Duration NOTICE_EVERY = Duration.ofSeconds(5);

    public WriteWait {
        if (limit.isNegative()) {
            throw new IllegalArgumentException("the wait limit cannot be negative");
        }
    }

    /** Hears about a wait for the write lock; called on the waiting thread. */
    public interface Listener {
        /** The write is waiting: {@code message} says for what, {@code waited} how long so far. */
        void waiting(String message, Duration waited);

        /** The wait is over: the write got the lock (or gave up, with an exception following). */
        default void done() {
        }
    }

    /** The default limit, silent. */
    public static WriteWait standard() {
        return new WriteWait(configuredLimit(), (message, waited) -> { });
    }

    /** The same limit with another listener. */
    public WriteWait tellingTo(Listener other) {
        return new WriteWait(limit, other);
    }

    /** The limit from {@code -Dconcord.dbWait} or {@code CONCORD_DB_WAIT} in seconds, else {@link #DEFAULT_LIMIT}. */
    static Duration configuredLimit() {
        String text = System.getProperty("concord.dbWait", System.getenv("CONCORD_DB_WAIT"));
        if (text == null || text.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(text.strip())));
        } catch (NumberFormatException e) {
            throw new StoreException("CONCORD_DB_WAIT must be a number of seconds, not '" + text.strip() + "'", e);
        }
    }

    /** The limit in words: "10 min", "45 s". */
    public String limitText() {
        long s = limit.toSeconds();
        return s % 60 == 0 && s > 0 ? s / 60 + " min" : s + " s";
    }
}
