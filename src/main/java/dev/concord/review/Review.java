package dev.concord.review;

import java.time.Instant;

/**
 * One revision of one reviewer's review of one item: the one record for a review, used by the store, the
 * consensus rule, export, agreement and the screens. The revision with {@code latest} set counts.
 *
 * @param reviewerName   the reviewer's display name (the id when the reviewer record is gone)
 * @param correction     the corrected answer, or null when the reviewer kept the answer as it was
 * @param best           0-based attempt position, or null
 * @param worst          0-based attempt position, or null
 * @param noneAcceptable the reviewer found no attempt acceptable
 */
public record Review(String itemId, String reviewerId, String reviewerName, int revision, String label,
                     String correction, Integer best, Integer worst, boolean noneAcceptable, String note,
                     Instant submittedAt, boolean latest) {

    /** Whether the review carries a correction (stored corrections are never blank; this also guards input). */
    public boolean hasCorrection() {
        return correction != null && !correction.isBlank();
    }

    /** Whether the review singles out an attempt (best, worst or none acceptable). */
    public boolean hasPick() {
        return best != null || worst != null || noneAcceptable;
    }
}
