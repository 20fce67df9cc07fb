package dev.concord.review;

/**
 * What a lead decides on a disagreement.
 *
 * @param correction the final correction, or null for none
 * @param takenFrom  id of the reviewer whose correction this is, unchanged; null if merged or written anew
 */
public record AdjudicationDraft(String label, String correction, Integer best, Integer worst, String takenFrom,
                                String note) {
}
