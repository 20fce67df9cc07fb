package dev.concord.curate;

import dev.concord.agreement.CorrectionConsensus;

import java.util.Objects;

/**
 * What counts as "agreed". An item needs at least {@code minReviews} latest reviews, of which at least
 * {@code labelAgreement} (a share, rounded up) carry the same label; with the default 2/3 that is both of two
 * reviews and two of three. A correction becomes a training target only when the reviewers' corrections agree
 * ({@link CorrectionConsensus}: every pair at or above {@code correctionThreshold}), unless
 * {@code correctionsMustAgree} is off, in which case the medoid of the corrections given is used. An adjudicated
 * item always counts, with the lead's decision. Label {@code acceptedLabel} means the answer is good; any other
 * label means it is bad; {@code expertLabel} keeps the item out unless a lead adjudicated it.
 */
public record ConsensusPolicy(int minReviews, Share labelAgreement, boolean correctionsMustAgree,
                              double correctionThreshold, String acceptedLabel, String expertLabel) {
    public static final String GOOD = "good";
    public static final String NEEDS_EXPERT = "needs-expert";

    public ConsensusPolicy {
        if (minReviews < 1) {
            throw new IllegalArgumentException("min_reviews must be at least 1, got " + minReviews);
        }
        Objects.requireNonNull(labelAgreement, "label_agreement");
        if (!(correctionThreshold >= 0 && correctionThreshold <= 1)) {
            throw new IllegalArgumentException("correction_similarity must lie in [0, 1], got " + correctionThreshold);
        }
        if (acceptedLabel == null || acceptedLabel.isBlank()) {
            throw new IllegalArgumentException("accepted_label must not be empty");
        }
        expertLabel = expertLabel == null ? "" : expertLabel;
    }

    /** Two reviews, all of two or two thirds of three or more, corrections must agree at 0.8. */
    public static ConsensusPolicy defaults() {
        return new ConsensusPolicy(2, Share.TWO_THIRDS, true, CorrectionConsensus.DEFAULT_THRESHOLD, GOOD, NEEDS_EXPERT);
    }

    /** How many of {@code n} reviews must share a label (or a best/worst pick). */
    public int requiredAgreeing(int n) {
        return labelAgreement.required(n);
    }

    public ConsensusPolicy withMinReviews(int n) {
        return new ConsensusPolicy(n, labelAgreement, correctionsMustAgree, correctionThreshold, acceptedLabel, expertLabel);
    }

    public ConsensusPolicy withLabelAgreement(Share share) {
        return new ConsensusPolicy(minReviews, share, correctionsMustAgree, correctionThreshold, acceptedLabel, expertLabel);
    }

    public ConsensusPolicy withCorrections(boolean mustAgree, double threshold) {
        return new ConsensusPolicy(minReviews, labelAgreement, mustAgree, threshold, acceptedLabel, expertLabel);
    }
}
