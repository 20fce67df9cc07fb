package dev.concord.curate;

import java.time.Duration;
import java.time.Instant;

/**
 * Exponential recency weight: {@code 0.5 ^ (age / halfLife)}, where age is measured back from {@code asOf} (the
 * newest example of the export, so the weights depend on the data only, never on the clock). Rounded to six
 * decimals so the files are byte-stable. A half-life of 0 turns weighting off (every weight is 1).
 */
public final class RecencyWeight {
    private final Instant asOf;
    private final double halfLifeDays;

    public RecencyWeight(Instant asOf, double halfLifeDays) {
        this.asOf = asOf;
        this.halfLifeDays = halfLifeDays;
    }

    public double of(Instant ts) {
        if (halfLifeDays <= 0 || asOf == null || ts == null) {
            return 1.0;
        }
        double ageDays = Math.max(0, Duration.between(ts, asOf).toMillis()) / 86_400_000.0;
        return Math.round(Math.pow(0.5, ageDays / halfLifeDays) * 1e6) / 1e6;
    }

    public Instant asOf() {
        return asOf;
    }
}
