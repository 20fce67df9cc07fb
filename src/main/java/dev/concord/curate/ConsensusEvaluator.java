package dev.concord.curate;

import dev.concord.agreement.CorrectionConsensus;
import dev.concord.review.Adjudication;
import dev.concord.review.Review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Applies a {@link ConsensusPolicy} to an item's latest reviews and adjudication. Pure and deterministic.
 * <ol>
 *   <li>An adjudicated item counts with the lead's label, correction and picks (but a lead's
 *       {@code needs-expert} still keeps it out).</li>
 *   <li>Otherwise it needs {@code minReviews} reviews, and {@code requiredAgreeing(n)} of them on one label.</li>
 *   <li>The expert label keeps the item out.</li>
 *   <li>For a bad answer, the corrections of the reviewers who gave the agreed label are compared
 *       ({@link CorrectionConsensus}); the consensus text is their medoid.</li>
 *   <li>For a retry chain, best and worst picks agree under the same count rule as labels; "no pick" counts as
 *       a vote for none, and so does a best pick by a reviewer who found no attempt acceptable.</li>
 * </ol>
 */
public final class ConsensusEvaluator {
    private final ConsensusPolicy policy;
    private final CorrectionConsensus corrections;

    public ConsensusEvaluator(ConsensusPolicy policy) {
        this.policy = policy;
        this.corrections = new CorrectionConsensus(policy.correctionThreshold());
    }

    public Verdict evaluate(ReviewedItem ri) {
        return evaluate(ri.item().attempts().size(), ri.votes(), ri.decision());
    }

    /**
     * The verdict on an item of {@code attempts} attempts with these latest reviews (in reviewer order) and
     * adjudication (or null): what {@link #evaluate(ReviewedItem)} decides, for callers that do not load the texts.
     */
    public Verdict evaluate(int attempts, List<Review> votes, Adjudication decision) {
        return decision != null ? adjudicated(attempts, votes, decision) : reviewed(attempts, votes);
    }

    private Verdict adjudicated(int attempts, List<Review> votes, Adjudication d) {
        if (d.label().equals(policy.expertLabel())) {
            return new Verdict.Excluded(ExclusionReason.NEEDS_EXPERT, "the lead decided it needs an expert");
        }
        boolean good = d.label().equals(policy.acceptedLabel());
        TreeSet<String> people = reviewers(votes);
        people.add(d.leadId());
        long agreeing = votes.stream().filter(v -> v.label().equals(d.label())).count();
        Double share = votes.isEmpty() ? null : (double) agreeing / votes.size();
        String correction = !good && d.hasCorrection() ? d.correction() : null;
        Verdict.CorrectionStatus status = good ? Verdict.CorrectionStatus.NOT_NEEDED
                : correction != null ? Verdict.CorrectionStatus.AGREED : Verdict.CorrectionStatus.NONE_GIVEN;
        boolean picks = attempts >= 2 && valid(d.best(), attempts) && valid(d.worst(), attempts)
                && !d.best().equals(d.worst());
        return new Verdict.Agreed(d.label(), good, correction, status, picks ? d.best() : null, picks ? d.worst() : null,
                picks ? Verdict.PickStatus.AGREED : Verdict.PickStatus.NONE,
                new Provenance(List.copyOf(people), share, d.leadId(), correction == null ? null : 1.0));
    }

    private Verdict reviewed(int attempts, List<Review> votes) {
        int n = votes.size();
        if (n < policy.minReviews()) {
            return new Verdict.Excluded(ExclusionReason.TOO_FEW_REVIEWS, n + " of " + policy.minReviews() + " reviews");
        }
        int required = policy.requiredAgreeing(n);
        Map<String, Integer> labels = counts(votes, Review::label);
        String label = winner(labels, required);
        if (label == null) {
            return new Verdict.Excluded(ExclusionReason.LABELS_DISAGREE, "labels " + labels + "; need " + required
                    + " of " + n + " to agree");
        }
        if (label.equals(policy.expertLabel())) {
            return new Verdict.Excluded(ExclusionReason.NEEDS_EXPERT, labels.get(label) + " of " + n
                    + " reviewers said it needs an expert");
        }
        boolean good = label.equals(policy.acceptedLabel());
        String correction = null;
        Double similarity = null;
        Verdict.CorrectionStatus status = Verdict.CorrectionStatus.NOT_NEEDED;
        if (!good) {
            Map<String, String> given = new TreeMap<>();
            for (Review v : votes) {
                if (v.label().equals(label) && v.hasCorrection()) {
                    given.put(v.reviewerId(), v.correction());
                }
            }
            if (given.isEmpty()) {
                status = Verdict.CorrectionStatus.NONE_GIVEN;
            } else {
                CorrectionConsensus.Consensus c = corrections.evaluate(given);
                if (c.agreed() || !policy.correctionsMustAgree()) {
                    status = Verdict.CorrectionStatus.AGREED;
                    correction = c.consensusText();
                    similarity = c.minSimilarity();
                } else {
                    status = Verdict.CorrectionStatus.NOT_AGREED;
                }
            }
        }
        Integer best = null;
        Integer worst = null;
        Verdict.PickStatus picks = Verdict.PickStatus.NONE;
        if (attempts >= 2 && votes.stream().anyMatch(v -> v.best() != null || v.worst() != null)) {
            best = pick(votes, v -> v.noneAcceptable() ? null : v.best(), required, attempts);
            worst = pick(votes, Review::worst, required, attempts);
            boolean agreed = best != null && worst != null && !best.equals(worst);
            picks = agreed ? Verdict.PickStatus.AGREED : Verdict.PickStatus.NOT_AGREED;
            if (!agreed) {
                best = null;
                worst = null;
            }
        }
        double share = (double) labels.get(label) / n;
        return new Verdict.Agreed(label, good, correction, status, best, worst, picks,
                new Provenance(List.copyOf(reviewers(votes)), share, null, similarity));
    }

    private static Integer pick(List<Review> votes, Function<Review, Integer> which, int required, int attempts) {
        Map<String, Integer> c = counts(votes, v -> {
            Integer p = which.apply(v);
            return p == null ? "none" : Integer.toString(p);
        });
        String w = winner(c, required);
        if (w == null || w.equals("none")) {
            return null;
        }
        int p = Integer.parseInt(w);
        return valid(p, attempts) ? p : null;
    }

    private static boolean valid(Integer p, int attempts) {
        return p != null && p >= 0 && p < attempts;
    }

    private static TreeSet<String> reviewers(List<Review> votes) {
        TreeSet<String> s = new TreeSet<>();
        votes.forEach(v -> s.add(v.reviewerId()));
        return s;
    }

    private static Map<String, Integer> counts(List<Review> votes, Function<Review, String> key) {
        Map<String, Integer> m = new TreeMap<>();
        for (Review v : votes) {
            m.merge(Objects.requireNonNullElse(key.apply(v), "none"), 1, Integer::sum);
        }
        return new LinkedHashMap<>(m);
    }

    /** The label with at least {@code required} votes (unique, since the share is above one half). */
    private static String winner(Map<String, Integer> counts, int required) {
        List<String> top = new ArrayList<>();
        counts.forEach((k, v) -> {
            if (v >= required) {
                top.add(k);
            }
        });
        return top.size() == 1 ? top.get(0) : null;
    }
}
