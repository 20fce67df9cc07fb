package dev.concord.generate;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.time.LocalDate;

/**
 * Writes epoch seconds as ISO-8601 UTC ({@code 2026-11-20T10:00:00Z}) without allocating per call: the
 * date part is cached, which makes a difference at a million lines. Not thread-safe.
 */
final class IsoTimestamps {
    private static final int SECONDS_PER_DAY = 86_400;
    private final char[] buf = new char[20];
    private long cachedDay = Long.MIN_VALUE;

    /** Writes {@code "ts": "..."}. */
    void writeField(JsonGenerator g, long epochSecond) throws IOException {
        g.writeFieldName("ts");
        fill(epochSecond);
        g.writeString(buf, 0, buf.length);
    }

    /** The timestamp as a string (for tests and simple records). */
    String format(long epochSecond) {
        fill(epochSecond);
        return new String(buf);
    }

    private void fill(long epochSecond) {
        long day = Math.floorDiv(epochSecond, SECONDS_PER_DAY);
        if (day != cachedDay) {
            String date = LocalDate.ofEpochDay(day).toString();
            if (date.length() != 10) {
                throw new IllegalArgumentException("year out of range for a log timestamp: " + date);
            }
            date.getChars(0, 10, buf, 0);
            buf[10] = 'T';
            buf[13] = ':';
            buf[16] = ':';
            buf[19] = 'Z';
            cachedDay = day;
        }
        int secOfDay = (int) Math.floorMod(epochSecond, SECONDS_PER_DAY);
        twoDigits(secOfDay / 3600, 11);
        twoDigits(secOfDay / 60 % 60, 14);
        twoDigits(secOfDay % 60, 17);
    }

    private void twoDigits(int v, int at) {
        buf[at] = (char) ('0' + v / 10);
        buf[at + 1] = (char) ('0' + v % 10);
    }
}
