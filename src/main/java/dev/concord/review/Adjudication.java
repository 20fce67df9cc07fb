package dev.concord.review;

import java.time.Instant;

/**
 * A lead's final decision on an item the reviewers disagreed on.
 *
 * @param takenFrom id of the reviewer whose correction was taken unchanged, or null for a merged or own one
 */
public record Adjudication(String itemId, String leadId, String leadName, String label, String correction,
                           Integer best, Integer worst, String takenFrom, String note, Instant decidedAt) {
}
