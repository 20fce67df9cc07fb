package dev.concord.agreement;

/**
 * Cohen's kappa for one pair of reviewers, over the items both rated.
 *
 * @param a first reviewer (earlier in table order)
 * @param b second reviewer
 * @param kappa Cohen's kappa; null when undefined (no shared items, or chance agreement 1)
 * @param n number of items both rated
 * @param observedAgreement share of shared items with the same label; null when {@code n == 0}
 * @param expectedAgreement chance agreement from the two reviewers' own marginals; null when
 *     {@code n == 0}
 * @param ci bootstrap interval for kappa; null when not computed or undefined
 */
public record PairKappa(String a, String b, Double kappa, int n, Double observedAgreement,
        Double expectedAgreement, Interval ci) {
}
