package dev.concord.agreement;

/**
 * Cohen's weighted kappa for one pair of reviewers on an ordered scale, over the items both rated.
 * Weights use the positions of the declared scale (see {@code docs/agreement.md}).
 *
 * @param a first reviewer
 * @param b second reviewer
 * @param n number of items both rated
 * @param linear kappa with linear weights; null when undefined
 * @param quadratic kappa with quadratic weights; null when undefined
 * @param linearCi bootstrap interval for {@code linear}; null when not computed or undefined
 * @param quadraticCi bootstrap interval for {@code quadratic}; null when not computed or undefined
 */
public record WeightedPairKappa(String a, String b, int n, Double linear, Double quadratic,
        Interval linearCi, Interval quadraticCi) {
}
