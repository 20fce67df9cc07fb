package dev.concord.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Parses ISO-8601 UTC timestamps exactly as {@link Instant#parse} does, several times faster for the form
 * logs and the store use ({@code 2026-11-20T10:00:00Z}, with or without a fraction of up to nine digits):
 * that form is read digit by digit; anything else (offsets, leap seconds, years beyond 9999, lower case, an
 * out-of-range field) goes to {@link Instant#parse}, so results and errors are the JDK's. An ingest parses a
 * million of these; with {@code Instant.parse} alone they were a quarter of the parse time.
 */
public final class IsoInstant {
    private static final int[] SCALE = {100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    private IsoInstant() {
    }

    /** @throws java.time.format.DateTimeParseException as {@link Instant#parse} does */
    public static Instant parse(CharSequence text) {
        Instant fast = fastPath(text);
        return fast != null ? fast : Instant.parse(text);
    }

    private static Instant fastPath(CharSequence s) {
        int n = s.length();
        if (n < 20 || n > 30 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':' || s.charAt(n - 1) != 'Z') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59) {
            return null;
        }
        int nanos = 0;
        if (n > 20) {
            int fraction = n - 21;
            if (s.charAt(19) != '.' || fraction < 1 || fraction > 9) {
                return null;
            }
            int value = digits(s, 20, fraction);
            if (value < 0) {
                return null;
            }
            nanos = value * SCALE[fraction - 1];
        }
        if (day > 28 && day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        LocalDate date = LocalDate.of(year, month, day);
        return Instant.ofEpochSecond(date.toEpochDay() * 86_400L + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The decimal value of {@code count} ASCII digits from {@code from}, or -1 if any is not a digit. */
    private static int digits(CharSequence s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
