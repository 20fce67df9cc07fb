package dev.concord.service;

/**
 * What consent and forgetting kept out of an ingest.
 *
 * @param withheld          events not stored because they, or their session, said {@code "consent": false}
 * @param sessionsWithdrawn sessions whose consent was withdrawn in this ingest
 * @param erased            events of those sessions that were stored before the line withdrawing consent (by an
 *                          earlier ingest or earlier in this one), now erased with everything derived from them
 * @param forgotten         events not stored because they belong to a user, session or generation forgotten earlier
 */
public record Consent(long withheld, long sessionsWithdrawn, long erased, long forgotten) {
    public static final Consent NONE = new Consent(0, 0, 0, 0);
}
