package dev.concord.agreement;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.SplittableRandom;

/**
 * Times the calculator on a synthetic table (a benchmark for people, not a test). Nothing is
 * printed; callers format the {@link Timings}.
 */
public final class AgreementBenchmark {

    /**
     * Measured figures.
     *
     * @param items items in the table
     * @param reviewers reviewers in the table
     * @param buildMillis time to build the table through the builder
     * @param measuresMillis time for all measures without the bootstrap
     * @param bootstrapMillis extra time for the bootstrap (full run minus measures)
     * @param resamples bootstrap resamples
     * @param peakHeapBytes peak heap use over the whole run (sum of pool peaks)
     */
    public record Timings(int items, int reviewers, long buildMillis, long measuresMillis,
            long bootstrapMillis, int resamples, long peakHeapBytes) {
    }

    private AgreementBenchmark() {
    }

    /**
     * A table of {@code items} x {@code reviewers} with 5 labels: each item has a true label and
     * each reviewer copies it with probability 0.7, else picks at random; 10 % of ratings missing.
     */
    public static RatingTable syntheticTable(int items, int reviewers, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] labels = {"a", "b", "c", "d", "e"};
        String[] reviewerIds = new String[reviewers];
        for (int r = 0; r < reviewers; r++) {
            reviewerIds[r] = "reviewer" + r;
        }
        RatingTable.Builder builder = RatingTable.builder();
        for (int i = 0; i < items; i++) {
            String item = "item" + i;
            int truth = random.nextInt(labels.length);
            for (int r = 0; r < reviewers; r++) {
                if (random.nextDouble() < 0.1) {
                    continue;
                }
                int label = random.nextDouble() < 0.7 ? truth : random.nextInt(labels.length);
                builder.add(item, reviewerIds[r], labels[label]);
            }
        }
        return builder.build();
    }

    /** Runs the benchmark on 100,000 items x 5 reviewers with 1,000 resamples. */
    public static Timings run(long seed) {
        return run(100_000, 5, AgreementOptions.DEFAULT_RESAMPLES, seed, 1);
    }

    /**
     * Runs the benchmark.
     *
     * @param warmups untimed runs first, so that the timings exclude JIT compilation
     */
    public static Timings run(int items, int reviewers, int resamples, long seed, int warmups) {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long t0 = System.nanoTime();
        RatingTable table = syntheticTable(items, reviewers, seed);
        long buildNanos = System.nanoTime() - t0;
        AgreementCalculator calculator = new AgreementCalculator();
        AgreementOptions noBootstrap = AgreementOptions.defaults().withBootstrapResamples(0);
        AgreementOptions withBootstrap = AgreementOptions.defaults()
                .withBootstrapResamples(resamples).withSeed(seed);
        for (int w = 0; w < warmups; w++) {
            calculator.compute(table, withBootstrap);
        }
        long t1 = System.nanoTime();
        calculator.compute(table, noBootstrap);
        long measuresNanos = System.nanoTime() - t1;
        long t2 = System.nanoTime();
        calculator.compute(table, withBootstrap);
        long fullNanos = System.nanoTime() - t2;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return new Timings(items, reviewers, buildNanos / 1_000_000, measuresNanos / 1_000_000,
                Math.max(0, fullNanos - measuresNanos) / 1_000_000, resamples, peak);
    }
}
