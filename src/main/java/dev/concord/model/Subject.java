package dev.concord.model;

/**
 * Whose event it is and whether they agreed to it being kept: the optional {@code user} of a log line (after
 * ingest redaction, a keyed pseudonym, never the clear value) and its {@code consent} ({@code false} only when the
 * line says {@code "consent": false}).
 */
public record Subject(String user, boolean consent) {
    /** No user named, consent not withheld: what a line without either field carries. */
    public static final Subject NONE = new Subject(null, true);

    /** The same subject with another user value (its pseudonym). */
    public Subject withUser(String other) {
        return new Subject(other, consent);
    }
}
