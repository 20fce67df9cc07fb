package dev.concord.generate;

import java.util.Objects;

/**
 * What to generate.
 *
 * @param sessions number of sessions to write (for {@link LogShape#SIMPLE}, the number of records); at least 1
 * @param seed     seed of every random choice: equal options give byte-identical logs
 * @param profile  which assistant's traffic to simulate
 * @param shape    the line format
 */
public record GeneratorOptions(int sessions, long seed, AgentProfile profile, LogShape shape) {
    public GeneratorOptions {
        if (sessions < 1) {
            throw new IllegalArgumentException("sessions must be at least 1, was " + sessions);
        }
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(shape, "shape");
    }

    /** Both assistants, event-stream format. */
    public static GeneratorOptions defaults(int sessions, long seed) {
        return new GeneratorOptions(sessions, seed, AgentProfile.MIXED, LogShape.EVENTS);
    }
}
