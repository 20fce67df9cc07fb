package dev.concord.ingest;

import java.util.Locale;

/** The log formats {@code concord ingest --format} reads. {@link #AUTO} tells them apart per file from its first objects. */
public enum LogFormat {
    AUTO, CONCORD, OTEL, LANGFUSE, LANGSMITH, MAPPED;

    /** The name on the command line and in reports. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name (any case). */
    public static LogFormat parse(String text) {
        for (LogFormat f : values()) {
            if (f.wireName().equalsIgnoreCase(text.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + EventParser.shorten(text.strip())
                + "' (known: auto, concord, otel, langfuse, langsmith, mapped)");
    }
}
