package dev.concord.review;

/**
 * What a lead decides on an item.
 *
 * @param correction     the final correction, or null for none
 * @param best           0-based position of the best attempt, or null
 * @param worst          0-based position of the worst attempt, or null
 * @param noneAcceptable no attempt is acceptable (then there is no best attempt)
 * @param takenFrom      id of the reviewer whose correction this is, unchanged; null if merged or written anew
 */
public record AdjudicationDraft(String label, String correction, Integer best, Integer worst, boolean noneAcceptable,
                                String takenFrom, String note) {
}
