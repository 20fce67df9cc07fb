package dev.concord.review;

import java.time.Instant;
import java.util.Map;

/**
 * An item that reached its overlap and whose reviewers chose different labels.
 *
 * @param labelCounts   latest label id → how many reviewers chose it, most chosen first
 * @param majorityShare share of reviews with the most chosen label, in (0, 1)
 * @param decidedBy     name of the lead who adjudicated it, or null
 */
public record Disagreement(String itemId, String headline, Instant createdAt, int reviews,
                           Map<String, Integer> labelCounts, double majorityShare, String decidedBy) {
    public int distinctLabels() {
        return labelCounts.size();
    }

    public boolean decided() {
        return decidedBy != null;
    }
}
