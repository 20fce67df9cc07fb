package dev.concord.generate;

import java.util.Objects;

/**
 * What to generate.
 *
 * @param sessions number of sessions to write (for {@link LogShape#SIMPLE}, the number of records); at least 1
 * @param seed     seed of every random choice: equal options give byte-identical logs
 * @param profile  which assistant's traffic to simulate
 * @param shape    the line format
 * @param idPrefix put before every session, generation and record id (empty for none): logs generated for
 *                 one database need different prefixes, since ids are only unique within one log
 */
public record GeneratorOptions(int sessions, long seed, AgentProfile profile, LogShape shape, String idPrefix) {
    public GeneratorOptions {
        idPrefix = idPrefix == null ? "" : idPrefix;
        if (!idPrefix.matches("[A-Za-z0-9_.-]*")) {
            throw new IllegalArgumentException("id prefix may hold only letters, digits, '.', '_' and '-', was '"
                    + idPrefix + "'");
        }
        if (sessions < 1) {
            throw new IllegalArgumentException("sessions must be at least 1, was " + sessions);
        }
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(shape, "shape");
    }

    public GeneratorOptions(int sessions, long seed, AgentProfile profile, LogShape shape) {
        this(sessions, seed, profile, shape, "");
    }

    public GeneratorOptions withIdPrefix(String prefix) {
        return new GeneratorOptions(sessions, seed, profile, shape, prefix);
    }

    /** Both assistants, event-stream format. */
    public static GeneratorOptions defaults(int sessions, long seed) {
        return new GeneratorOptions(sessions, seed, AgentProfile.MIXED, LogShape.EVENTS);
    }
}
