package dev.concord.agreement;

/**
 * A two-sided confidence interval.
 *
 * @param low lower bound
 * @param high upper bound
 * @param resamples number of bootstrap resamples on which the figure was defined (and from which
 *     the interval was taken)
 */
public record Interval(double low, double high, int resamples) {

    /** Validates the bounds. */
    public Interval {
        if (!(low <= high)) {
            throw new IllegalArgumentException("low must not exceed high: " + low + " > " + high);
        }
    }

    /** Whether {@code value} lies within the closed interval. */
    public boolean contains(double value) {
        return low <= value && value <= high;
    }
}
