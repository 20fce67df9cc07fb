package dev.concord.agreement;

/**
 * Category-specific agreement for one label.
 *
 * @param label the label
 * @param ratings how many ratings used this label (all items)
 * @param specificAgreement among pairable ratings with this label, the share whose paired ratings
 *     on the same item also have it ({@code o_cc / n_c} of the coincidence matrix); null if unused
 * @param kappa Fleiss' kappa of this label against all others combined; null when undefined
 * @param ci bootstrap interval for {@code kappa}; null when not computed or undefined
 */
public record LabelAgreement(String label, int ratings, Double specificAgreement, Double kappa,
        Interval ci) {
}
