package dev.concord.agreement;

import java.util.List;

/**
 * Measures that use the order (and for interval scales the values) of the declared scale.
 *
 * @param kind the scale's level of measurement
 * @param krippendorffAlphaOrdinal Krippendorff's alpha with the ordinal metric; null when undefined
 * @param krippendorffAlphaInterval Krippendorff's alpha with the interval metric; null for ordinal
 *     scales or when undefined
 * @param weightedKappa linear and quadratic weighted kappa for every pair of reviewers
 */
public record OrdinalAgreement(LabelScale.Kind kind, Double krippendorffAlphaOrdinal,
        Double krippendorffAlphaInterval, List<WeightedPairKappa> weightedKappa) {

    /** Copies the list. */
    public OrdinalAgreement {
        weightedKappa = List.copyOf(weightedKappa);
    }
}
