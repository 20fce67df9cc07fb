package dev.concord.curate;

import dev.concord.model.FlaggedItem;

import java.util.List;

/** A flagged item with its latest review per reviewer (in reviewer order) and its adjudication, if any. */
public record ReviewedItem(FlaggedItem item, List<ReviewVote> votes, LeadDecision decision) {
    public ReviewedItem {
        votes = List.copyOf(votes);
    }
}
