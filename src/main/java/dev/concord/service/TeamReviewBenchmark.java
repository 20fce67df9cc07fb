package dev.concord.service;

import dev.concord.model.FlaggedItem;
import dev.concord.review.AssignmentMode;
import dev.concord.review.ReviewDraft;
import dev.concord.review.ReviewSettings;
import dev.concord.store.Database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The team review benchmark: N flagged items written into a database (a fresh SQLite file, or an empty database
 * named by {@code --db}, e.g. on a PostgreSQL server), then R reviewers at once, each in its own thread with its own
 * connections, submitting and taking the next item until {@code submits} reviews are in: sustained reviews per
 * second and the submit-to-next-item latency of every submit. Labels as in {@link ReviewBenchmark}: most items agreed
 * by two of three, every fifth contested (dynamic overlap keeps it open).
 */
public final class TeamReviewBenchmark {
    private final long items;
    private final int submits;
    private final int reviewers;
    private final String location;
    private final Path dir;
    private final AssignmentMode mode;

    /**
     * @param location the database to fill (must hold no flagged items), or null for a SQLite file in {@code dir}
     *                 (or a temporary folder, deleted afterwards)
     */
    public TeamReviewBenchmark(long items, int submits, int reviewers, String location, Path dir, AssignmentMode mode) {
        this.items = items;
        this.submits = submits;
        this.reviewers = reviewers;
        this.location = location;
        this.dir = dir;
        this.mode = mode;
    }

    /** What was measured: latencies in milliseconds, sorted. */
    public record Result(String database, AssignmentMode mode, long items, int reviewers, double fixtureSeconds,
                         int reviews, double seconds, double[] submitToNext) {
        public double reviewsPerSecond() {
            return reviews / seconds;
        }

        public double median() {
            return submitToNext[submitToNext.length / 2];
        }

        public double p95() {
            return submitToNext[(int) Math.min(submitToNext.length - 1, Math.ceil(submitToNext.length * 0.95) - 1)];
        }

        public double max() {
            return submitToNext[submitToNext.length - 1];
        }
    }

    public Result run(Consumer<String> log) throws Exception {
        Path work = null;
        String at = location;
        if (at == null) {
            work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("concord-team-bench");
            Path file = work.resolve("team-bench.db");
            Files.deleteIfExists(file);
            at = file.toString();
        }
        try {
            return measure(at, log);
        } finally {
            if (work != null && dir == null) {
                for (String suffix : new String[] {"", "-wal", "-shm"}) {
                    Files.deleteIfExists(work.resolve("team-bench.db" + suffix));
                }
                Files.deleteIfExists(work);
            }
        }
    }

    private Result measure(String at, Consumer<String> log) throws Exception {
        Database db = Database.at(at);
        if (new QueueService(db).stats().flaggedItems() > 0) {
            throw new IllegalArgumentException("--db: " + db.displayName() + " already holds flagged items; the review "
                    + "benchmark fills an empty database of its own (create one for it)");
        }
        log.accept(String.format("writing %,d flagged items into %s", items, db.displayName()));
        long t0 = System.nanoTime();
        ReviewBenchmark.fill(db, items);
        double fixture = (System.nanoTime() - t0) / 1e9;
        new ProjectSettingsService(db).save(ReviewSettings.defaults().withMode(mode));
        ReviewerService people = new ReviewerService(db);
        List<String> team = new ArrayList<>();
        for (int i = 0; i < reviewers; i++) {
            team.add(people.add("Reviewer " + (i + 1), false).id());
        }
        log.accept(String.format("%d reviewers at once, %,d submits in all, each followed by the next item...",
                reviewers, submits));
        AtomicInteger left = new AtomicInteger(submits);
        double[] latency = new double[submits];
        AtomicInteger recorded = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(reviewers);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(reviewers);
        List<Future<?>> running = new ArrayList<>();
        for (int r = 0; r < reviewers; r++) {
            int who = r;
            running.add(pool.submit(() -> {
                try (ReviewService service = new ReviewService(Database.at(at))) {
                    FlaggedItem current = service.next(team.get(who)).orElseThrow();
                    ready.countDown();
                    go.await();
                    while (left.getAndDecrement() > 0) {
                        long s = System.nanoTime();
                        current = service.submitAndNext(team.get(who), current.id(), new ReviewDraft(
                                label(current.id(), who), null, null, null, false, null)).next().orElseThrow();
                        latency[recorded.getAndIncrement()] = (System.nanoTime() - s) / 1e6;
                    }
                }
                return null;
            }));
        }
        ready.await();
        long t1 = System.nanoTime();
        go.countDown();
        try {
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - t1) / 1e9;
        double[] done = Arrays.copyOf(latency, recorded.get());
        Arrays.sort(done);
        return new Result(db.displayName(), mode, items, reviewers, fixture, done.length, seconds, done);
    }

    private static String label(String itemId, int who) {
        long number = Long.parseLong(itemId.substring("fi-b".length()));
        return number % 5 == 0 ? List.of("good", "wrong", "style").get(who % 3) : who % 3 == 2 ? "wrong" : "good";
    }
}
