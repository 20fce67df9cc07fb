package dev.concord.service;

import dev.concord.model.Attempt;
import dev.concord.model.FlagReason;
import dev.concord.model.FlaggedItem;
import dev.concord.model.Message;
import dev.concord.model.Rating;
import dev.concord.review.AssignmentMode;
import dev.concord.review.ReviewDraft;
import dev.concord.review.ReviewSettings;
import dev.concord.review.Reviewer;
import dev.concord.store.Database;
import dev.concord.store.DerivedWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * The review benchmark: a store with N flagged items (every tenth a retry chain of three), assigned in the given
 * mode, then the time to open the review screen (first next-item query with its reservation, the item, progress)
 * and the submit-to-next-item latency over many submits by three reviewers in turn, with heap before and after.
 * Two of the three reviewers agree on most items; on every fifth item (by number) all three labels differ, so
 * dynamic overlap keeps such items open for a fourth reviewer who never comes.
 */
public final class ReviewBenchmark {
    private final long items;
    private final int submits;
    private final Path dir;
    private final AssignmentMode mode;

    public ReviewBenchmark(long items, int submits, Path dir, AssignmentMode mode) {
        this.items = items;
        this.submits = submits;
        this.dir = dir;
        this.mode = mode;
    }

    /** What was measured; latencies in milliseconds. */
    public record Result(AssignmentMode mode, long items, double fixtureSeconds, double openMillis, double[] submitToNext,
                         double[] progress, long heapBeforeMb, long heapAfterMb, long disagreementsMillis) {
        public double median(double[] sorted) {
            return sorted[sorted.length / 2];
        }

        public double p95(double[] sorted) {
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
        }
    }

    public Result run(Consumer<String> log) throws IOException {
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("concord-review-bench");
        Path file = work.resolve("review-bench.db");
        Files.deleteIfExists(file);
        try {
            Database db = Database.openSqlite(file);
            log.accept(String.format("writing %,d flagged items into %s", items, file));
            long t0 = System.nanoTime();
            fill(db, items);
            double fixture = (System.nanoTime() - t0) / 1e9;
            new ProjectSettingsService(db).save(ReviewSettings.defaults().withMode(mode));
            ReviewerService people = new ReviewerService(db);
            List<Reviewer> team = List.of(people.add("Ann", false), people.add("Bob", false), people.add("Cat", false));

            Database fresh = Database.openSqlite(file);
            ReviewService service = new ReviewService(fresh);
            long heapBefore = usedHeapMb();
            log.accept("opening the review screen...");
            long t1 = System.nanoTime();
            FlaggedItem first = service.next(team.get(0).id()).orElseThrow();
            service.progress(team.get(0).id());
            double open = (System.nanoTime() - t1) / 1e6;

            log.accept(String.format("%,d submits, each followed by the next item...", submits));
            double[] latency = new double[submits];
            double[] progress = new double[submits];
            FlaggedItem[] current = {first, service.next(team.get(1).id()).orElseThrow(),
                    service.next(team.get(2).id()).orElseThrow()};
            String[] split = {"good", "wrong", "style"};
            for (int i = 0; i < submits; i++) {
                int who = i % team.size();
                String id = team.get(who).id();
                long s = System.nanoTime();
                long number = Long.parseLong(current[who].id().substring("fi-b".length()));
                String label = number % 5 == 0 ? split[who] : who == 2 ? "wrong" : "good";
                service.submit(id, current[who].id(), new ReviewDraft(label, "corrected answer " + i, null, null, false, null));
                current[who] = service.next(id).orElseThrow();
                latency[i] = (System.nanoTime() - s) / 1e6;
                long p = System.nanoTime();
                service.progress(id);
                progress[i] = (System.nanoTime() - p) / 1e6;
            }
            long t2 = System.nanoTime();
            new AdjudicationService(fresh).queue(people.add("Lea", true).id(), false);
            long disagreements = (System.nanoTime() - t2) / 1_000_000;
            long heapAfter = usedHeapMb();
            Arrays.sort(latency);
            Arrays.sort(progress);
            return new Result(mode, items, fixture, open, latency, progress, heapBefore, heapAfter, disagreements);
        } finally {
            if (dir == null) {
                for (String suffix : new String[] {"", "-wal", "-shm"}) {
                    Files.deleteIfExists(work.resolve("review-bench.db" + suffix));
                }
                Files.deleteIfExists(work);
            }
        }
    }

    /** Writes {@code items} flagged items {@code fi-b0000000...}, every tenth a retry chain of three, in one transaction. */
    static void fill(Database db, long items) {
        Instant base = Instant.parse("2026-01-01T00:00:00Z");
        List<Message> prompt = List.of(new Message("system", "Be helpful."),
                Message.user("How do I reset my password for the billing portal?"));
        db.inUnitOfWork(store -> {
            try (DerivedWriter w = store.derivedWriter(1)) {
                for (long i = 0; i < items; i++) {
                    Instant at = base.plusSeconds(i);
                    int n = i % 10 == 0 ? 3 : 1;
                    List<Attempt> attempts = new ArrayList<>(n);
                    for (int a = 0; a < n; a++) {
                        attempts.add(new Attempt(a, "g" + i + "-" + a, at.plusSeconds(a), "agent-v3",
                                "Open Settings, choose Security, then Reset password. Attempt " + a + " of item " + i,
                                a == n - 1 ? Rating.DOWN : null, null, false, false));
                    }
                    w.add(new FlaggedItem(String.format("fi-b%07d", i), "s" + i, n > 1
                            ? EnumSet.of(FlagReason.MANY_REGENERATIONS) : EnumSet.of(FlagReason.DOWNVOTE_NO_CORRECTION),
                            prompt, attempts, at));
                }
                w.finish();
            }
            return null;
        });
    }

    private static long usedHeapMb() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }
}
