package dev.concord.agreement;

import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Settings of an agreement computation. Start from {@link #defaults()} and change what you need
 * with the {@code with...} methods.
 *
 * @param bootstrapResamples number of bootstrap resamples; 0 turns the intervals off
 * @param seed seed of the resampling; the same seed gives the same intervals
 * @param confidence two-sided confidence level of the intervals, in (0, 1)
 * @param minItems fewer items with two or more ratings than this triggers a warning
 * @param rareLabelMinRatings a used label with fewer ratings than this triggers a warning
 * @param referenceLabels adjudicated label per item id, used for per-reviewer agreement with a
 *     reference; empty to compare with the majority of the other reviewers instead
 * @param progress receives the share of bootstrap resamples done, from 0 to 1
 * @param cancelled polled before each resample; when it returns true the computation stops with
 *     a {@link java.util.concurrent.CancellationException}
 */
public record AgreementOptions(int bootstrapResamples, long seed, double confidence, int minItems,
        int rareLabelMinRatings, Map<String, String> referenceLabels, DoubleConsumer progress,
        BooleanSupplier cancelled) {

    /** Default number of bootstrap resamples. */
    public static final int DEFAULT_RESAMPLES = 1000;
    /** Default seed. */
    public static final long DEFAULT_SEED = 20_240_601L;
    /** Default confidence level. */
    public static final double DEFAULT_CONFIDENCE = 0.95;
    /** Default minimum number of pairable items before a warning. */
    public static final int DEFAULT_MIN_ITEMS = 30;
    /** Default minimum number of ratings of a used label before a warning. */
    public static final int DEFAULT_RARE_LABEL_MIN_RATINGS = 10;

    /** Validates and copies the arguments. */
    public AgreementOptions {
        if (bootstrapResamples < 0) {
            throw new IllegalArgumentException("bootstrapResamples must be >= 0");
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must lie in (0, 1): " + confidence);
        }
        if (minItems < 0 || rareLabelMinRatings < 0) {
            throw new IllegalArgumentException("thresholds must be >= 0");
        }
        referenceLabels = Map.copyOf(referenceLabels);
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancelled, "cancelled");
    }

    /** 1,000 resamples, fixed seed, 95 % intervals, warnings below 30 items or 10 ratings. */
    public static AgreementOptions defaults() {
        return new AgreementOptions(DEFAULT_RESAMPLES, DEFAULT_SEED, DEFAULT_CONFIDENCE,
                DEFAULT_MIN_ITEMS, DEFAULT_RARE_LABEL_MIN_RATINGS, Map.of(), p -> { }, () -> false);
    }

    /** A copy with another number of resamples (0 disables the bootstrap). */
    public AgreementOptions withBootstrapResamples(int resamples) {
        return new AgreementOptions(resamples, seed, confidence, minItems, rareLabelMinRatings,
                referenceLabels, progress, cancelled);
    }

    /** A copy with another seed. */
    public AgreementOptions withSeed(long newSeed) {
        return new AgreementOptions(bootstrapResamples, newSeed, confidence, minItems,
                rareLabelMinRatings, referenceLabels, progress, cancelled);
    }

    /** A copy with another confidence level. */
    public AgreementOptions withConfidence(double level) {
        return new AgreementOptions(bootstrapResamples, seed, level, minItems, rareLabelMinRatings,
                referenceLabels, progress, cancelled);
    }

    /** A copy with other warning thresholds. */
    public AgreementOptions withWarningThresholds(int items, int labelRatings) {
        return new AgreementOptions(bootstrapResamples, seed, confidence, items, labelRatings,
                referenceLabels, progress, cancelled);
    }

    /** A copy with adjudicated reference labels (item id to label). */
    public AgreementOptions withReferenceLabels(Map<String, String> labels) {
        return new AgreementOptions(bootstrapResamples, seed, confidence, minItems,
                rareLabelMinRatings, labels, progress, cancelled);
    }

    /** A copy with a progress callback and a cancel check for the bootstrap. */
    public AgreementOptions withProgress(DoubleConsumer onProgress, BooleanSupplier isCancelled) {
        return new AgreementOptions(bootstrapResamples, seed, confidence, minItems,
                rareLabelMinRatings, referenceLabels, onProgress, isCancelled);
    }
}
