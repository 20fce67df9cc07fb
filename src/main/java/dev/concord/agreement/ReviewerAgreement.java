package dev.concord.agreement;

/**
 * How one reviewer agrees with the others and with a reference label.
 *
 * @param reviewer the reviewer
 * @param ratings number of items the reviewer rated
 * @param meanPairKappa mean of the defined Cohen's kappas of the pairs this reviewer is part of;
 *     null when none is defined
 * @param pairwiseAgreement over all items, the share of (this reviewer, other reviewer) rating
 *     pairs with the same label; null when the reviewer shares no item with anyone
 * @param reference {@value #ADJUDICATED_ELSE_MAJORITY} when reference labels were supplied (an item's
 *     reference is its reference label where it has one, else the majority of the others), else
 *     {@value #MAJORITY} (strict plurality of the <em>other</em> reviewers, at least two of them)
 * @param referenceN number of this reviewer's items that have a reference label
 * @param referenceAgreement share of those items where the reviewer gave the reference label;
 *     null when {@code referenceN == 0}
 * @param referenceKappa Cohen's kappa between the reviewer and the reference; null when undefined
 */
public record ReviewerAgreement(String reviewer, int ratings, Double meanPairKappa,
        Double pairwiseAgreement, String reference, int referenceN, Double referenceAgreement,
        Double referenceKappa) {
    /** Reference: the strict plurality of the other reviewers' labels on each item. */
    public static final String MAJORITY = "majority";
    /** Reference: the lead's (adjudicated) label where an item has one, else the majority of the others. */
    public static final String ADJUDICATED_ELSE_MAJORITY = "adjudicated-else-majority";
}
