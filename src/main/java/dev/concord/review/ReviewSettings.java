package dev.concord.review;

/**
 * Project settings for review.
 *
 * @param labels  the label set
 * @param overlap how many reviewers each item needs, at least 1
 */
public record ReviewSettings(LabelSet labels, int overlap) {
    /** The largest overlap accepted. */
    public static final int MAX_OVERLAP = 20;
    public static final int DEFAULT_OVERLAP = 3;

    public ReviewSettings {
        java.util.Objects.requireNonNull(labels, "labels");
        if (overlap < 1 || overlap > MAX_OVERLAP) {
            throw new IllegalArgumentException("overlap must be between 1 and " + MAX_OVERLAP + ", not " + overlap);
        }
    }

    public static ReviewSettings defaults() {
        return new ReviewSettings(LabelSet.defaults(), DEFAULT_OVERLAP);
    }
}
