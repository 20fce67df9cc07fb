package dev.concord.service;

import dev.concord.agreement.AgreementOptions;
import dev.concord.agreement.LabelScale;

/**
 * What an agreement analysis should do.
 *
 * @param resamples bootstrap resamples per figure set (0 turns the intervals off)
 * @param seed seed of the resampling; the same seed gives the same intervals
 * @param confidence two-sided confidence level of the intervals
 * @param labelScale a label set that overrides the project's (null: use the project's label set if one is
 *     declared, else treat the labels seen as nominal)
 */
public record AgreementRequest(int resamples, long seed, double confidence, LabelScale labelScale) {

    /** Validates the numbers. */
    public AgreementRequest {
        if (resamples < 0) {
            throw new IllegalArgumentException("resamples must be >= 0: " + resamples);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must lie in (0, 1): " + confidence);
        }
    }

    /** 1,000 resamples, the core's fixed seed, 95 % intervals, the project's label set. */
    public static AgreementRequest defaults() {
        return new AgreementRequest(AgreementOptions.DEFAULT_RESAMPLES, AgreementOptions.DEFAULT_SEED,
                AgreementOptions.DEFAULT_CONFIDENCE, null);
    }

    /** A copy with another number of resamples. */
    public AgreementRequest withResamples(int n) {
        return new AgreementRequest(n, seed, confidence, labelScale);
    }

    /** A copy with another seed. */
    public AgreementRequest withSeed(long s) {
        return new AgreementRequest(resamples, s, confidence, labelScale);
    }

    /** A copy with a label set that overrides the project's. */
    public AgreementRequest withLabelScale(LabelScale scale) {
        return new AgreementRequest(resamples, seed, confidence, scale);
    }

    AgreementOptions options() {
        return AgreementOptions.defaults().withBootstrapResamples(resamples).withSeed(seed)
                .withConfidence(confidence);
    }
}
