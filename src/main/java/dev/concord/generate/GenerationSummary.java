package dev.concord.generate;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link LogGenerator#write} wrote.
 *
 * @param sessions     sessions written (for the simple shape, records)
 * @param lines        lines written, one per event or record
 * @param eventsByType lines per {@code type} ({@code "record"} for the simple shape), in name order
 */
public record GenerationSummary(long sessions, long lines, Map<String, Long> eventsByType) {
    public GenerationSummary {
        eventsByType = Collections.unmodifiableMap(new TreeMap<>(eventsByType));
    }

    /** Lines of one type, 0 if none were written. */
    public long count(String type) {
        return eventsByType.getOrDefault(type, 0L);
    }
}
