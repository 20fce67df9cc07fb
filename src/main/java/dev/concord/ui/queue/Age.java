package dev.concord.ui.queue;

import java.time.Duration;
import java.time.Instant;

/** Short human ages: "45 s", "12 min", "5 h", "3 d", "7 wk". */
public final class Age {
    private Age() {
    }

    public static String between(Instant then, Instant now) {
        long s = Math.max(0, Duration.between(then, now).getSeconds());
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " min";
        }
        if (s < 86_400) {
            return s / 3600 + " h";
        }
        if (s < 14 * 86_400) {
            return s / 86_400 + " d";
        }
        return s / (7 * 86_400) + " wk";
    }
}
