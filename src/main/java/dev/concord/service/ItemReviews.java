package dev.concord.service;

import dev.concord.model.FlaggedItem;
import dev.concord.review.Adjudication;
import dev.concord.review.Review;

import java.util.List;

/**
 * Everything reviewers said about one item, for a side-by-side view.
 *
 * @param itemId the item
 * @param item the item with its prompt and attempts; null if it is no longer in the store
 * @param reviews the latest review of every reviewer, by reviewer id
 * @param adjudication the lead's decision, or null
 */
public record ItemReviews(String itemId, FlaggedItem item, List<Review> reviews, Adjudication adjudication) {
    /** Copies the list. */
    public ItemReviews {
        reviews = List.copyOf(reviews);
    }
}
