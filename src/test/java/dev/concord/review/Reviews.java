package dev.concord.review;

import java.time.Instant;

/** Test factories for the review and adjudication records, with the fields the consensus rule reads. */
public final class Reviews {
    private Reviews() {
    }

    /** A latest review by {@code reviewer} (id and name alike). */
    public static Review vote(String reviewer, String label, String correction, Integer best, Integer worst,
                              boolean noneAcceptable) {
        return new Review("fi-x", reviewer, reviewer, 1, label, correction, best, worst, noneAcceptable, null,
                Instant.EPOCH, true);
    }

    /** A lead's decision by {@code lead} (id and name alike). */
    public static Adjudication decision(String lead, String label, String correction, Integer best, Integer worst) {
        return new Adjudication("fi-x", lead, lead, label, correction, best, worst, false, null, null, Instant.EPOCH);
    }
}
