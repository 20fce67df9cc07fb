package dev.concord.review;

/**
 * What a reviewer submits for one item.
 *
 * @param label          a label id of the project's label set
 * @param correction     the right answer as the reviewer wrote it; null or the unchanged answer means none
 * @param best           0-based position of the best attempt, or null
 * @param worst          0-based position of the worst attempt, or null
 * @param noneAcceptable no attempt is acceptable (then there is no best attempt)
 * @param note           an optional free-text note
 */
public record ReviewDraft(String label, String correction, Integer best, Integer worst, boolean noneAcceptable,
                          String note) {
    /** A draft with a label only. */
    public static ReviewDraft labelOnly(String label) {
        return new ReviewDraft(label, null, null, null, false, null);
    }
}
