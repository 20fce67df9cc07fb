package dev.concord.store;

import java.time.Instant;

/**
 * The revision of one reviewer's review of one item that counts ({@code reviews.is_latest = 1}).
 *
 * @param itemId the flagged item
 * @param reviewerId the reviewer's id
 * @param reviewerName the reviewer's display name
 * @param revision revision number of this review
 * @param label the label given
 * @param correction the corrected answer, or null when the reviewer wrote none
 * @param bestAttempt the attempt picked as best (as stored), or null
 * @param worstAttempt the attempt picked as worst (as stored), or null
 * @param noneAcceptable whether the reviewer said no attempt is acceptable
 * @param note the reviewer's note, or null
 * @param submittedAt when this revision was submitted
 */
public record LatestReview(String itemId, String reviewerId, String reviewerName, int revision, String label,
                           String correction, Integer bestAttempt, Integer worstAttempt, boolean noneAcceptable,
                           String note, Instant submittedAt) {

    /** Whether the review singles out an attempt (best, worst or none acceptable). */
    public boolean hasPick() {
        return bestAttempt != null || worstAttempt != null || noneAcceptable;
    }

    /** Whether the review carries a non-blank correction. */
    public boolean hasCorrection() {
        return correction != null && !correction.isBlank();
    }
}
