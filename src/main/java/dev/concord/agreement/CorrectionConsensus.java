package dev.concord.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides whether reviewers' corrections of one item agree and which text becomes the consensus.
 *
 * <p>Rule: corrections agree when there are at least two and <em>every</em> pair has a
 * {@link CorrectionSimilarity#similarity similarity} at or above the threshold (complete linkage,
 * so agreement never chains through a middle version). The consensus text is the medoid: the
 * correction with the largest summed similarity to all the others, ties broken by the smallest
 * reviewer id (String order). The medoid is reported even when the corrections do not agree.
 */
public final class CorrectionConsensus {

    /** Default threshold: at most one token in five differs. */
    public static final double DEFAULT_THRESHOLD = 0.8;

    private final double threshold;

    /** A consensus rule with {@link #DEFAULT_THRESHOLD}. */
    public CorrectionConsensus() {
        this(DEFAULT_THRESHOLD);
    }

    /**
     * A consensus rule with the given threshold.
     *
     * @throws IllegalArgumentException unless {@code 0 <= threshold <= 1}
     */
    public CorrectionConsensus(double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must lie in [0, 1]: " + threshold);
        }
        this.threshold = threshold;
    }

    /** The threshold in use. */
    public double threshold() {
        return threshold;
    }

    /**
     * Outcome for one item.
     *
     * @param agreed whether at least two corrections exist and all pairs reach the threshold
     * @param medoidReviewer reviewer whose correction is the consensus text
     * @param consensusText that correction, verbatim
     * @param minSimilarity lowest pairwise similarity (1 for a single correction)
     * @param meanSimilarity mean pairwise similarity (1 for a single correction)
     * @param corrections number of corrections considered
     */
    public record Consensus(boolean agreed, String medoidReviewer, String consensusText,
            double minSimilarity, double meanSimilarity, int corrections) {
    }

    /**
     * Evaluates the corrections of one item.
     *
     * @param correctionsByReviewer reviewer id to corrected text
     * @throws IllegalArgumentException if there is no correction
     */
    public Consensus evaluate(Map<String, String> correctionsByReviewer) {
        if (correctionsByReviewer.isEmpty()) {
            throw new IllegalArgumentException("no corrections to compare");
        }
        Map<String, String> sorted = new TreeMap<>(correctionsByReviewer);
        List<String> reviewers = new ArrayList<>(sorted.keySet());
        int n = reviewers.size();
        double[] sums = new double[n];
        double min = 1;
        double total = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double s = CorrectionSimilarity.similarity(sorted.get(reviewers.get(i)),
                        sorted.get(reviewers.get(j)));
                sums[i] += s;
                sums[j] += s;
                min = Math.min(min, s);
                total += s;
            }
        }
        int medoid = 0;
        for (int i = 1; i < n; i++) {
            if (sums[i] > sums[medoid]) {
                medoid = i;
            }
        }
        int pairs = n * (n - 1) / 2;
        String reviewer = reviewers.get(medoid);
        return new Consensus(n >= 2 && min >= threshold, reviewer, sorted.get(reviewer), min,
                pairs == 0 ? 1.0 : total / pairs, n);
    }
}
