package dev.concord.review;

/**
 * A reviewer asked for something they may not have: others' reviews before submitting their own, a change
 * to another reviewer's review, or an adjudication without the lead role.
 */
public class ReviewAccessException extends RuntimeException {
    public ReviewAccessException(String message) {
        super(message);
    }
}
