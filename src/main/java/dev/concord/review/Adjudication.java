package dev.concord.review;

import java.time.Instant;

/**
 * A lead's final decision on an item: the one record for an adjudication, used by the store, the consensus
 * rule, export, agreement and the screens. It overrides the reviews.
 *
 * @param leadName       the lead's display name (the id when the reviewer record is gone)
 * @param correction     the final correction, or null
 * @param best           0-based position of the best attempt, or null
 * @param worst          0-based position of the worst attempt, or null
 * @param noneAcceptable the lead found no attempt acceptable
 * @param takenFrom      id of the reviewer whose correction was taken unchanged, or null for a merged or own one
 */
public record Adjudication(String itemId, String leadId, String leadName, String label, String correction,
                           Integer best, Integer worst, boolean noneAcceptable, String takenFrom, String note,
                           Instant decidedAt) {

    /** Whether the decision carries a correction. */
    public boolean hasCorrection() {
        return correction != null && !correction.isBlank();
    }
}
