package dev.concord.curate;

import dev.concord.model.FlaggedItem;
import dev.concord.review.Adjudication;
import dev.concord.review.Review;

import java.util.List;

/**
 * A flagged item with its latest review per reviewer (in reviewer order) and its adjudication, if any.
 *
 * @param decision the lead's decision, or null
 */
public record ReviewedItem(FlaggedItem item, List<Review> votes, Adjudication decision) {
    public ReviewedItem {
        votes = List.copyOf(votes);
    }
}
