package dev.concord.service;

import java.util.List;

/**
 * How far reviewers' corrections agree, by {@link dev.concord.agreement.CorrectionConsensus}: corrections of an
 * item agree when there are at least two and every pair's token-level similarity reaches the threshold; the
 * consensus text is the medoid.
 *
 * @param threshold similarity at or above which two corrections agree
 * @param itemsWithCorrections items with at least one correction
 * @param comparableItems items with two or more corrections (the only ones that can agree)
 * @param agreeingItems comparable items whose corrections agree
 * @param agreementShare {@code agreeingItems / comparableItems}; null when nothing is comparable
 * @param meanSimilarity mean over comparable items of their mean pairwise similarity; null when none
 * @param perItem one entry per item with at least one correction, in queue order
 */
public record CorrectionAgreement(double threshold, int itemsWithCorrections, int comparableItems,
                                  int agreeingItems, Double agreementShare, Double meanSimilarity,
                                  List<Item> perItem) {
    /** Copies the list. */
    public CorrectionAgreement {
        perItem = List.copyOf(perItem);
    }

    /**
     * The corrections of one item.
     *
     * @param item the item
     * @param corrections number of corrections
     * @param agreed whether they agree (never with a single correction)
     * @param minSimilarity lowest pairwise similarity (1 for a single correction)
     * @param meanSimilarity mean pairwise similarity (1 for a single correction)
     * @param consensusReviewer reviewer whose correction is the consensus text (the medoid)
     * @param consensusText that correction, verbatim
     */
    public record Item(String item, int corrections, boolean agreed, double minSimilarity,
                       double meanSimilarity, String consensusReviewer, String consensusText) {
    }
}
