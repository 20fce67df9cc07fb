package dev.concord.review;

import java.time.Instant;

/**
 * One revision of one reviewer's review of one item. The revision with {@code latest} set counts.
 *
 * @param correction the corrected answer, or null when the reviewer kept the answer as it was
 * @param best       0-based attempt position, or null
 * @param worst      0-based attempt position, or null
 */
public record Review(String itemId, String reviewerId, String reviewerName, int revision, String label,
                     String correction, Integer best, Integer worst, boolean noneAcceptable, String note,
                     Instant submittedAt, boolean latest) {
    public boolean hasCorrection() {
        return correction != null;
    }
}
