package dev.concord.review;

/**
 * Who is looking at reviews: a reviewer (by id) and whether they hold the lead role. Every service method
 * that returns reviews or per-item labels takes one and applies {@link Visibility}.
 *
 * @param reviewerId the reviewer's id, or null for nobody picked yet (sees no other reviewer's review)
 * @param lead       whether the viewer is a lead (a lead sees everything)
 */
public record Viewer(String reviewerId, boolean lead) {
    /** Nobody has said who they are: aggregate figures only, no item-level reviews. */
    public static final Viewer NOBODY = new Viewer(null, false);

    /** The viewer a reviewer is. */
    public static Viewer of(Reviewer reviewer) {
        return reviewer == null ? NOBODY : new Viewer(reviewer.id(), reviewer.lead());
    }

    /** Whether the review was written by this viewer. */
    public boolean wrote(Review review) {
        return reviewerId != null && reviewerId.equals(review.reviewerId());
    }
}
