package dev.concord.export;

import dev.concord.curate.ReviewedItem;
import dev.concord.model.Candidate;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Reads the input on a second thread while the caller's thread curates and writes, through a bounded queue (so the
 * heap stays flat). Order is preserved. If the caller stops (an exception, such as a cancel), the reader stops at
 * its next item; if the reader fails, its exception is rethrown on the caller's thread.
 */
public final class PrefetchingInput implements ExportInput {
    private static final int CAPACITY = 2_048;
    private static final Object END = new Object();

    private final ExportInput delegate;

    public PrefetchingInput(ExportInput delegate) {
        this.delegate = delegate;
    }

    @Override
    public void forEachReviewed(Consumer<ReviewedItem> consumer) {
        stream(delegate::forEachReviewed, consumer);
    }

    @Override
    public void forEachCandidate(boolean evalKinds, Consumer<Candidate> consumer) {
        stream(c -> delegate.forEachCandidate(evalKinds, c), consumer);
    }

    @Override
    public long sourceCount(boolean includeAutomatic) {
        return delegate.sourceCount(includeAutomatic);
    }

    private static <T> void stream(Consumer<Consumer<T>> source, Consumer<T> consumer) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
        ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "concord-export-reader");
            t.setDaemon(true);
            return t;
        });
        Stop stop = new Stop();
        Future<?> done = reader.submit(() -> {
            try {
                source.accept(item -> put(queue, item, stop));
            } finally {
                if (!stop.requested) {
                    put(queue, END, stop);
                }
            }
            return null;
        });
        try {
            while (true) {
                Object next = queue.poll(100, TimeUnit.MILLISECONDS);
                if (next == END) {
                    break;
                }
                if (next == null) {
                    if (done.isDone() && queue.isEmpty()) {
                        rethrow(done);
                        break;
                    }
                    continue;
                }
                @SuppressWarnings("unchecked")
                T item = (T) next;
                consumer.accept(item);
            }
            rethrow(done);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the export input", e);
        } finally {
            stop.requested = true;
            queue.clear();
            reader.shutdown();
        }
    }

    private static void put(BlockingQueue<Object> queue, Object item, Stop stop) {
        try {
            while (!stop.requested) {
                if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
            throw new Stopped();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    private static void rethrow(Future<?> done) throws InterruptedException {
        try {
            done.get();
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Stopped) {
                return;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static final class Stop {
        volatile boolean requested;
    }

    /** Ends the reader quietly once the consumer has stopped. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("stopped", null, false, false);
        }
    }
}
