package dev.concord.generate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The values a session's templates are filled with, plus the session's random source. A missing slot is
 * a bug in the content, so {@link #get} fails loudly instead of printing a blank.
 */
final class Slots {
    private final SplittableRandom rng;
    private final Map<String, String> values = new HashMap<>(32);

    Slots(SplittableRandom rng) {
        this.rng = rng;
    }

    SplittableRandom rng() {
        return rng;
    }

    String get(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new IllegalStateException("template slot not filled: " + name);
        }
        return v;
    }

    Slots put(String name, String value) {
        values.put(name, value);
        return this;
    }

    Slots put(String name, int value) {
        values.put(name, Integer.toString(value));
        return this;
    }

    /** Puts a random element of {@code options} and returns it. */
    String putPick(String name, List<String> options) {
        String v = pick(options);
        values.put(name, v);
        return v;
    }

    <T> T pick(List<T> options) {
        return options.get(rng.nextInt(options.size()));
    }

    String pick(String... options) {
        return options[rng.nextInt(options.length)];
    }

    /** A uniform integer in {@code [lo, hi]}. */
    int between(int lo, int hi) {
        return lo + rng.nextInt(hi - lo + 1);
    }

    boolean chance(double p) {
        return rng.nextDouble() < p;
    }

    /** A version such as {@code 2.17.1} with each part in the given bounds. */
    String version(int major, int maxMinor, int maxPatch) {
        return major + "." + rng.nextInt(maxMinor + 1) + "." + rng.nextInt(maxPatch + 1);
    }
}
