package dev.concord.export;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Maps items on a few worker threads and hands the results to the caller's thread in the order the items came:
 * an ordered pipeline, so whatever the caller does with the results (writing files, counting, deduplicating)
 * happens exactly as if it had mapped every item itself, one after the other. Items go out in batches; at most
 * a few batches per worker are in flight, so memory stays bounded. Each worker thread gets its own mapping
 * function from the supplier, so the function may keep state (caches) without locks. A failure in a worker is
 * rethrown on the caller's thread when its batch's turn comes; {@link #close()} stops the workers. With no
 * worker threads, every item is mapped on the caller's thread as it comes: the sequential reference.
 */
final class OrderedWorkers<T, R> implements AutoCloseable {
    private static final int IN_FLIGHT_PER_THREAD = 3;

    private final int batchSize;
    private final int maxInFlight;
    private final ExecutorService pool;
    private final Function<T, R> inline;
    private final ThreadLocal<Function<T, R>> mapper;
    private final Consumer<R> downstream;
    private final ArrayDeque<Future<List<R>>> inFlight = new ArrayDeque<>();
    private List<T> batch;

    /**
     * @param threads    worker threads; 0 maps on the caller's thread
     * @param batchSize  items per batch handed to a worker
     * @param perThread  makes the mapping function of one worker thread
     * @param downstream receives every result, on the caller's thread, in item order
     */
    OrderedWorkers(int threads, int batchSize, Supplier<Function<T, R>> perThread, Consumer<R> downstream) {
        this.batchSize = Math.max(1, batchSize);
        this.maxInFlight = threads * IN_FLIGHT_PER_THREAD;
        this.mapper = ThreadLocal.withInitial(perThread);
        this.downstream = downstream;
        this.batch = new ArrayList<>(this.batchSize);
        this.inline = threads <= 0 ? perThread.get() : null;
        this.pool = threads <= 0 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "concord-export-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues an item; may deliver results of earlier items first. */
    void accept(T item) {
        if (inline != null) {
            downstream.accept(inline.apply(item));
            return;
        }
        batch.add(item);
        if (batch.size() >= batchSize) {
            submit();
        }
    }

    /** Delivers the results of every item accepted so far. */
    void drain() {
        if (!batch.isEmpty()) {
            submit();
        }
        while (!inFlight.isEmpty()) {
            deliverOldest();
        }
    }

    private void submit() {
        List<T> items = batch;
        batch = new ArrayList<>(batchSize);
        inFlight.add(pool.submit(() -> {
            Function<T, R> f = mapper.get();
            List<R> out = new ArrayList<>(items.size());
            for (T item : items) {
                out.add(f.apply(item));
            }
            return out;
        }));
        while (inFlight.size() > maxInFlight) {
            deliverOldest();
        }
    }

    private void deliverOldest() {
        List<R> results;
        try {
            results = inFlight.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an export worker", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
        for (R r : results) {
            downstream.accept(r);
        }
    }

    /** Stops the workers; results not yet delivered are dropped. */
    @Override
    public void close() {
        for (Future<List<R>> f : inFlight) {
            f.cancel(true);
        }
        inFlight.clear();
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
