package dev.concord.model;

/** What a tombstone of forgotten data names: a session, a generation id or a user pseudonym (all as stored). */
public final class TombstoneKind {
    public static final String SESSION = "session";
    public static final String GENERATION = "generation";
    public static final String USER = "user";

    private TombstoneKind() {
    }
}
