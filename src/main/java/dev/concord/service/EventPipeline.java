package dev.concord.service;

import dev.concord.model.LogEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the reading side of an ingest (parse and redact) on its own thread while the calling thread writes
 * to the database, handing events over in bounded batches: the two halves overlap on two cores, and memory
 * stays at a few batches whatever the file size. Whatever the producer records is visible to the caller
 * once {@link #run} returns. An exception on either side stops both and is rethrown to the caller.
 */
final class EventPipeline {
    private static final int BATCH = 512;
    private static final int BATCHES_IN_FLIGHT = 8;
    private static final List<LogEvent> END = new ArrayList<>();

    /** Produces events on the reader thread. */
    interface Producer {
        void produce(EventSink out) throws Exception;
    }

    /** Receives events, on whichever thread the pipeline side runs. */
    interface EventSink {
        void accept(LogEvent event) throws Exception;
    }

    private EventPipeline() {
    }

    static void run(Producer producer, EventSink consumer) throws Exception {
        BlockingQueue<List<LogEvent>> queue = new ArrayBlockingQueue<>(BATCHES_IN_FLIGHT);
        AtomicBoolean stopped = new AtomicBoolean();
        ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "concord-ingest-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<?> produced = reader.submit(() -> {
                List<LogEvent>[] batch = new List[] {new ArrayList<>(BATCH)};
                try {
                    producer.produce(event -> {
                        batch[0].add(event);
                        if (batch[0].size() >= BATCH) {
                            hand(queue, batch[0], stopped);
                            batch[0] = new ArrayList<>(BATCH);
                        }
                    });
                    hand(queue, batch[0], stopped);
                } finally {
                    hand(queue, END, stopped);
                }
                return null;
            });
            try {
                for (List<LogEvent> events = queue.take(); events != END; events = queue.take()) {
                    for (LogEvent e : events) {
                        consumer.accept(e);
                    }
                }
            } catch (Exception | Error e) {
                stopped.set(true);
                produced.cancel(true);
                throw e;
            }
            try {
                produced.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Exception cause) {
                    throw cause;
                }
                throw e;
            }
        } finally {
            reader.shutdownNow();
        }
    }

    private static void hand(BlockingQueue<List<LogEvent>> queue, List<LogEvent> batch, AtomicBoolean stopped)
            throws InterruptedException {
        if (batch.isEmpty() && batch != END) {
            return;
        }
        while (!stopped.get()) {
            if (queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
    }
}
