package dev.concord.generate;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * Session start times over the six weeks before 2026-11-20, busier in working hours than at night and
 * quieter at weekends. Start times never decrease with the session index.
 */
final class Timeline {
    static final long END = Instant.parse("2026-11-20T00:00:00Z").getEpochSecond();
    static final int DAYS = 42;
    static final long START = END - DAYS * 86_400L;
    private static final double[] CUMULATIVE = cumulativeHourWeights();

    private final int sessions;

    Timeline(int sessions) {
        this.sessions = sessions;
    }

    /** Start of session {@code index}; {@code u} in [0, 1) places it within its share of the span. */
    long start(int index, double u) {
        double total = CUMULATIVE[CUMULATIVE.length - 1];
        double target = (index + u) / sessions * total;
        int hour = Arrays.binarySearch(CUMULATIVE, target);
        hour = hour >= 0 ? hour + 1 : -hour - 1;
        hour = Math.min(hour, CUMULATIVE.length - 1);
        double before = hour == 0 ? 0 : CUMULATIVE[hour - 1];
        double within = (target - before) / (CUMULATIVE[hour] - before);
        return START + hour * 3600L + (long) (Math.min(within, 0.9997) * 3600);
    }

    private static double[] cumulativeHourWeights() {
        double[] c = new double[DAYS * 24];
        double sum = 0;
        for (int h = 0; h < c.length; h++) {
            Instant t = Instant.ofEpochSecond(START + h * 3600L);
            DayOfWeek day = t.atOffset(ZoneOffset.UTC).getDayOfWeek();
            int hourOfDay = h % 24;
            double w = hourOfDay >= 8 && hourOfDay < 18 ? 10 : hourOfDay >= 18 && hourOfDay < 23 ? 4 : 1;
            if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
                w *= 0.4;
            }
            sum += w;
            c[h] = sum;
        }
        return c;
    }
}
