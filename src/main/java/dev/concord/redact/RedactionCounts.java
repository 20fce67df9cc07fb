package dev.concord.redact;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** Running totals of redactions per {@link PiiType}. Mutable, cheap, not thread-safe. */
public final class RedactionCounts {

    private static final PiiType[] TYPES = PiiType.values();

    private final long[] counts = new long[TYPES.length];

    /** Adds {@code n} (not negative) redactions of type {@code t}. */
    public void add(PiiType t, int n) {
        Objects.requireNonNull(t, "type");
        if (n < 0) {
            throw new IllegalArgumentException("count must not be negative: " + n);
        }
        counts[t.ordinal()] += n;
    }

    /** Redactions of type {@code t} so far. */
    public long get(PiiType t) {
        return counts[t.ordinal()];
    }

    /** Redactions of all types so far. */
    public long total() {
        long sum = 0;
        for (long c : counts) {
            sum += c;
        }
        return sum;
    }

    /** Adds every count of {@code other} to this one. */
    public void addAll(RedactionCounts other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
    }

    /** A snapshot as an {@link EnumMap} holding every type, zeros included. */
    public Map<PiiType, Long> asMap() {
        Map<PiiType, Long> map = new EnumMap<>(PiiType.class);
        for (PiiType t : TYPES) {
            map.put(t, counts[t.ordinal()]);
        }
        return map;
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
