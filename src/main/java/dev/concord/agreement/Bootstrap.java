package dev.concord.agreement;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;

/**
 * Percentile bootstrap over items. Each resample draws as many items as were rated, with
 * replacement, and turns them into pattern weights, so no table is rebuilt.
 */
final class Bootstrap {

    /**
     * Intervals for every entry of {@link Estimates#bootstrapVector()}.
     *
     * @param intervals per entry, null where the figure was undefined in every resample
     * @param undefined per entry, in how many resamples the figure was undefined
     */
    record Result(Interval[] intervals, int[] undefined) {
    }

    private Bootstrap() {
    }

    static Result run(PatternSet ps, Estimator estimator, AgreementOptions options) {
        int resamples = options.bootstrapResamples();
        int n = ps.ratedItemCount();
        if (resamples == 0 || n == 0) {
            return null;
        }
        SplittableRandom random = new SplittableRandom(options.seed());
        int[] itemPattern = ps.itemPattern;
        int[] weights = new int[ps.patternCount()];
        double[][] samples = null;
        for (int b = 0; b < resamples; b++) {
            if (options.cancelled().getAsBoolean()) {
                throw new CancellationException(
                        "bootstrap cancelled after " + b + " of " + resamples + " resamples");
            }
            Arrays.fill(weights, 0);
            for (int i = 0; i < n; i++) {
                weights[itemPattern[random.nextInt(n)]]++;
            }
            double[] v = estimator.estimate(weights).bootstrapVector();
            if (samples == null) {
                samples = new double[v.length][resamples];
            }
            for (int j = 0; j < v.length; j++) {
                samples[j][b] = v[j];
            }
            options.progress().accept((b + 1) / (double) resamples);
        }
        double tail = (1 - options.confidence()) / 2;
        Interval[] intervals = new Interval[samples.length];
        int[] undefined = new int[samples.length];
        for (int j = 0; j < samples.length; j++) {
            double[] defined = Arrays.stream(samples[j]).filter(x -> !Double.isNaN(x)).toArray();
            undefined[j] = resamples - defined.length;
            if (defined.length > 0) {
                Arrays.sort(defined);
                intervals[j] = new Interval(quantile(defined, tail), quantile(defined, 1 - tail),
                        defined.length);
            }
        }
        return new Result(intervals, undefined);
    }

    /** Linear interpolation between order statistics (Hyndman and Fan's type 7, R's default). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
