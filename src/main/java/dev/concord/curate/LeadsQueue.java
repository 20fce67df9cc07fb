package dev.concord.curate;

import dev.concord.review.Adjudication;
import dev.concord.review.Review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The leads' queue: the items that have their minimum reviews and that the consensus policy does not accept
 * ({@link Verdict#disputed()}: labels, corrections or picks disagree, or reviewers said {@code needs-expert}),
 * each with its reasons, most disagreed first. Exactly the items export leaves out for an item-level reason other
 * than too few reviews, minus those a lead decided; a lead's decision takes an item out (with decided items shown,
 * they follow the undecided ones).
 * <p>
 * <b>Most disagreed first</b>: undecided before decided; then by what disagrees — labels, then {@code needs-expert},
 * then corrections and picks both, then one of them; then the smallest majority share (the most chosen label's
 * share of the reviews); then the most distinct labels; then the oldest item; then the item id.
 */
public final class LeadsQueue {
    /** The order of the class comment. */
    public static final Comparator<Disagreement> MOST_DISAGREED_FIRST = Comparator
            .comparing(Disagreement::decided)
            .thenComparingInt(d -> rank(d.reasons()))
            .thenComparingDouble(Disagreement::majorityShare)
            .thenComparing(Comparator.comparingInt(Disagreement::distinctLabels).reversed())
            .thenComparing(Disagreement::createdAt)
            .thenComparing(Disagreement::itemId);

    private final ConsensusEvaluator evaluator;
    private final boolean withDecided;
    private final List<Disagreement> items = new ArrayList<>();

    /** @param withDecided also keep the items a lead decided (to revise a decision) */
    public LeadsQueue(ConsensusPolicy policy, boolean withDecided) {
        this.evaluator = new ConsensusEvaluator(policy);
        this.withDecided = withDecided;
    }

    /**
     * Offers one reviewed item: its latest reviews (in reviewer order) and the lead's decision or null. Keeps it
     * when it belongs in the queue.
     */
    public void offer(String itemId, String headline, Instant createdAt, int attempts, List<Review> votes,
                      Adjudication decision) {
        Verdict now = evaluator.evaluate(attempts, votes, decision);
        List<ExclusionReason> reasons;
        if (decision == null) {
            if (!now.disputed()) {
                return;
            }
            reasons = now.reasons();
        } else if (withDecided) {
            reasons = evaluator.evaluate(attempts, votes, null).reasons();
        } else {
            return;
        }
        Map<String, Integer> counts = labelCounts(votes);
        int top = counts.isEmpty() ? 0 : counts.values().iterator().next();
        items.add(new Disagreement(itemId, headline, createdAt, attempts, votes.size(), reasons, counts,
                votes.isEmpty() ? 0 : (double) top / votes.size(), decision, now.reasons(), false));
    }

    /** What was kept, most disagreed first. */
    public List<Disagreement> sorted() {
        List<Disagreement> out = new ArrayList<>(items);
        out.sort(MOST_DISAGREED_FIRST);
        return List.copyOf(out);
    }

    private static Map<String, Integer> labelCounts(List<Review> votes) {
        Map<String, Integer> byLabel = new TreeMap<>();
        votes.forEach(v -> byLabel.merge(v.label(), 1, Integer::sum));
        Map<String, Integer> out = new LinkedHashMap<>();
        byLabel.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static int rank(List<ExclusionReason> reasons) {
        if (reasons.contains(ExclusionReason.LABELS_DISAGREE)) {
            return 0;
        }
        if (reasons.contains(ExclusionReason.NEEDS_EXPERT)) {
            return 1;
        }
        if (reasons.contains(ExclusionReason.TOO_FEW_REVIEWS)) {
            return 5;
        }
        return 4 - reasons.size();
    }
}
