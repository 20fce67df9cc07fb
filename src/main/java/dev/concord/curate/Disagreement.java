package dev.concord.curate;

import dev.concord.review.Adjudication;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One item of the leads' queue ({@link LeadsQueue}): it has its minimum reviews and the consensus policy does not
 * accept it, or (shown on request) a lead decided it.
 *
 * @param attempts      how many attempts the item has (more than one: a retry chain with best/worst picks)
 * @param reviews       how many latest reviews it has
 * @param reasons       why the reviews alone are not accepted — what a lead is asked to settle — in
 *                      {@link ExclusionReason} order; empty for a decided item whose reviews agree by now
 * @param labelCounts   latest label id → how many reviewers chose it, most chosen first (then by id)
 * @param majorityShare share of the reviews with the most chosen label; 0 without reviews
 * @param decision      the lead's decision, or null while the item waits for one
 * @param excluded      why export leaves the item out now, decision included: the same as {@code reasons}
 *                      while undecided, empty once a decision made it agreed, {@code needs-expert} when the lead
 *                      said so
 * @param awaitingMoreReviews the item has its overlap, and dynamic overlap is giving it one more reviewer at a
 *                      time (until the policy accepts it, a lead decides it, or it reaches the maximum)
 */
public record Disagreement(String itemId, String headline, Instant createdAt, int attempts, int reviews,
                           List<ExclusionReason> reasons, Map<String, Integer> labelCounts, double majorityShare,
                           Adjudication decision, List<ExclusionReason> excluded, boolean awaitingMoreReviews) {
    public Disagreement {
        reasons = List.copyOf(reasons);
        labelCounts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(labelCounts));
        excluded = List.copyOf(excluded);
    }

    /** The same entry, marked as awaiting more reviews or not. */
    public Disagreement withAwaitingMoreReviews(boolean awaiting) {
        return new Disagreement(itemId, headline, createdAt, attempts, reviews, reasons, labelCounts, majorityShare,
                decision, excluded, awaiting);
    }

    public int distinctLabels() {
        return labelCounts.size();
    }

    public boolean decided() {
        return decision != null;
    }

    /** The deciding lead's name, or null. */
    public String decidedBy() {
        return decision == null ? null : decision.leadName();
    }
}
