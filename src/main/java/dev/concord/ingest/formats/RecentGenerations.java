package dev.concord.ingest.formats;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last generation seen in each of the most recent traces, so that feedback given to a trace's root (a chain run,
 * an agent span, a trace-level score) reaches the answer the user saw. Bounded: the oldest traces are forgotten, so
 * memory does not grow with the file.
 */
final class RecentGenerations {
    static final int CAPACITY = 100_000;
    private final Map<String, String> lastByTrace = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CAPACITY;
        }
    };

    void seen(String trace, String generation) {
        if (trace != null) {
            lastByTrace.put(trace, generation);
        }
    }

    /** The last generation of the trace, or null if none was seen (or it was forgotten). */
    String last(String trace) {
        return trace == null ? null : lastByTrace.get(trace);
    }
}
