package dev.concord.agreement;

/**
 * Agreement on one item.
 *
 * @param item the item
 * @param ratings number of ratings it received
 * @param majorityLabel the label with a strict plurality of its ratings; null on a tie or when
 *     unrated
 * @param majorityShare share of its ratings that carry its most frequent label (the share
 *     agreeing); null when unrated
 * @param pairwiseAgreement share of agreeing rating pairs (Fleiss' {@code P_i}); null with fewer
 *     than two ratings
 */
public record ItemAgreement(String item, int ratings, String majorityLabel, Double majorityShare,
        Double pairwiseAgreement) {
}
