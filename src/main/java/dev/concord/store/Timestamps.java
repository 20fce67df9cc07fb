package dev.concord.store;

import dev.concord.model.IsoInstant;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Review-time columns are fixed-width UTC text ({@code 2026-11-20T08:01:00.000Z}), so comparing them as
 * strings compares them as times on SQLite and PostgreSQL alike.
 */
public final class Timestamps {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    public static String format(Instant t) {
        return FORMAT.format(t);
    }

    public static Instant parse(String s) {
        return s == null ? null : IsoInstant.parse(s);
    }
}
