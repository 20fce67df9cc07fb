package dev.concord.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The writers of one SQLite file in this process, one at a time, in the order they came. SQLite lets one
 * transaction write at a time and makes the others poll: a waiting writer sleeps 1, 2, 5, 10, ... up to 100 ms
 * between tries, so under a queue of writers the lock often stands free while they sleep, and an unlucky one keeps
 * losing it. Queued here first, each writer in this process gets the lock the moment the one before commits; writers
 * in other processes still meet at SQLite's own lock (its busy timeout).
 */
final class WriteGate {
    private static final Map<String, WriteGate> GATES = new ConcurrentHashMap<>();
    /** Fair: in the order they came (measured: a lock that lets a newcomer barge in had a longer tail). */
    private final ReentrantLock lock = new ReentrantLock(true);

    private WriteGate() {
    }

    /** The gate of the database at this URL (one per file in the whole process). */
    static WriteGate of(String url) {
        return GATES.computeIfAbsent(url, u -> new WriteGate());
    }

    /** Waits up to {@code ms} for the writers ahead; true when it is this thread's turn. */
    boolean enter(long ms) {
        try {
            return lock.tryLock(ms, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting to write to the database", e);
        }
    }

    /** The writer is done (committed or rolled back). */
    void leave() {
        lock.unlock();
    }
}
