package dev.concord.review;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Review pace over the current sitting: the last run of submissions with no pause longer than
 * {@link #BREAK}, as intervals per hour. Too few submissions, or a run shorter than a minute, give NaN.
 */
public final class Pace {
    /** A pause this long ends a sitting. */
    public static final Duration BREAK = Duration.ofMinutes(30);
    private static final long MIN_SPAN_MILLIS = 60_000;

    private Pace() {
    }

    /** @param times submission times in ascending order */
    public static double perHour(List<Instant> times) {
        if (times.size() < 2) {
            return Double.NaN;
        }
        int first = times.size() - 1;
        while (first > 0 && Duration.between(times.get(first - 1), times.get(first)).compareTo(BREAK) <= 0) {
            first--;
        }
        int intervals = times.size() - 1 - first;
        long span = Duration.between(times.get(first), times.get(times.size() - 1)).toMillis();
        if (intervals < 1 || span < MIN_SPAN_MILLIS) {
            return Double.NaN;
        }
        return intervals * 3_600_000.0 / span;
    }
}
