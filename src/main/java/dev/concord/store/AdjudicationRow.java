package dev.concord.store;

import java.time.Instant;

/**
 * A lead's final decision on an item ({@code adjudications} row).
 *
 * @param itemId the flagged item
 * @param leadId the lead who decided
 * @param label the final label
 * @param correction the final correction, or null
 * @param bestAttempt the final best attempt, or null
 * @param worstAttempt the final worst attempt, or null
 * @param takenFrom the reviewer whose review was taken over, or null
 * @param note the lead's note, or null
 * @param decidedAt when the decision was made
 */
public record AdjudicationRow(String itemId, String leadId, String label, String correction, Integer bestAttempt,
                           Integer worstAttempt, String takenFrom, String note, Instant decidedAt) {
}
