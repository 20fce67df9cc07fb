package dev.concord.review;

import java.util.List;

/**
 * The one rule of who may see what (the blind rule). A reviewer sees another reviewer's review of an item only
 * after submitting their own review of that item; a lead sees everything. What the lead decided on an item (the
 * adjudication) and the item's row in a drill-down follow the same rule. Aggregate figures (kappa, alpha, per
 * label, per pair) carry no item-level labels and may be shown to everybody.
 *
 * <p>The store's blind query implements exactly {@link #SQL_CONDITION}; a test checks that the two agree.
 */
public final class Visibility {
    /**
     * The rule as a SQL condition over a review {@code r} of table {@code reviews}, with three parameters: the
     * lead flag (1 or 0), the viewer's id, the viewer's id again.
     */
    public static final String SQL_CONDITION = "(? = 1 OR r.reviewer_id = ? OR EXISTS (SELECT 1 FROM reviews m"
            + " WHERE m.item_id = r.item_id AND m.reviewer_id = ?))";

    private Visibility() {
    }

    /**
     * Whether the viewer may see the review.
     *
     * @param viewerHasReviewedItem whether the viewer has submitted a review of the review's item
     */
    public static boolean canSee(Viewer viewer, Review review, boolean viewerHasReviewedItem) {
        return viewer.lead() || viewer.wrote(review) || viewerHasReviewedItem && viewer.reviewerId() != null;
    }

    /**
     * Whether the viewer may see item-level detail of an item: others' labels, corrections, picks and notes, the
     * lead's decision, and the item's row in a drill-down list.
     */
    public static boolean canSeeItem(Viewer viewer, boolean viewerHasReviewedItem) {
        return viewer.lead() || viewerHasReviewedItem && viewer.reviewerId() != null;
    }

    /** Whether the viewer has a review among {@code itemReviews} (the latest reviews of one item). */
    public static boolean hasReviewed(Viewer viewer, List<Review> itemReviews) {
        return itemReviews.stream().anyMatch(viewer::wrote);
    }

    /** The reviews of one item (every reviewer's latest) the viewer may see, in the given order. */
    public static List<Review> visible(Viewer viewer, List<Review> itemReviews) {
        boolean reviewed = hasReviewed(viewer, itemReviews);
        return itemReviews.stream().filter(r -> canSee(viewer, r, reviewed)).toList();
    }
}
