package dev.concord.review;

import java.util.Objects;

/**
 * Project settings for review.
 *
 * @param labels     the label set
 * @param overlap    how many reviewers each item needs, at least 1
 * @param mode       which item a reviewer gets next
 * @param maxReviews how many reviewers an item may get at most while the consensus policy does not accept it
 *                   (dynamic overlap); at least the overlap
 */
public record ReviewSettings(LabelSet labels, int overlap, AssignmentMode mode, int maxReviews) {
    /** The largest overlap accepted. */
    public static final int MAX_OVERLAP = 20;
    /** The largest maximum of reviews per item (dynamic overlap). */
    public static final int MAX_REVIEWS = MAX_OVERLAP + 5;
    public static final int DEFAULT_OVERLAP = 3;
    /** How many reviewers beyond the overlap an item not accepted by the policy may get, by default. */
    public static final int DEFAULT_EXTRA = 2;

    public ReviewSettings {
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(mode, "mode");
        if (overlap < 1 || overlap > MAX_OVERLAP) {
            throw new IllegalArgumentException("overlap must be between 1 and " + MAX_OVERLAP + ", not " + overlap);
        }
        if (maxReviews < overlap || maxReviews > MAX_REVIEWS) {
            throw new IllegalArgumentException("the maximum of reviews per item must be between the overlap (" + overlap
                    + ") and " + MAX_REVIEWS + ", not " + maxReviews);
        }
    }

    /** The given labels and overlap, complete-first assignment, and the default maximum (overlap + 2). */
    public ReviewSettings(LabelSet labels, int overlap) {
        this(labels, overlap, AssignmentMode.COMPLETE_FIRST, defaultMax(overlap));
    }

    public static ReviewSettings defaults() {
        return new ReviewSettings(LabelSet.defaults(), DEFAULT_OVERLAP);
    }

    /** The maximum of reviews per item when none is set: the overlap plus {@link #DEFAULT_EXTRA}. */
    public static int defaultMax(int overlap) {
        return Math.min(MAX_REVIEWS, overlap + DEFAULT_EXTRA);
    }

    public ReviewSettings withMode(AssignmentMode m) {
        return new ReviewSettings(labels, overlap, m, maxReviews);
    }

    /** The same settings with another overlap and maximum. */
    public ReviewSettings withOverlap(int newOverlap, int newMax) {
        return new ReviewSettings(labels, newOverlap, mode, newMax);
    }

    /** Whether {@link #wanted} depends on the consensus policy for an item with this many reviews. */
    public boolean asksPolicy(int reviews, boolean decided) {
        return !decided && reviews >= overlap && reviews < maxReviews;
    }

    /**
     * How many latest reviews an item wants: none beyond what it has once a lead decided it; the overlap until it
     * has it; then, while the consensus policy does not accept it, one more at a time up to {@link #maxReviews}.
     *
     * @param reviews  the item's latest reviews (one per reviewer)
     * @param decided  whether a lead decided the item
     * @param accepted whether the consensus policy accepts the item as reviewed (asked only at the overlap)
     */
    public int wanted(int reviews, boolean decided, boolean accepted) {
        if (decided) {
            return reviews;
        }
        if (reviews < overlap) {
            return overlap;
        }
        return accepted ? reviews : Math.max(reviews, Math.min(reviews + 1, maxReviews));
    }
}
