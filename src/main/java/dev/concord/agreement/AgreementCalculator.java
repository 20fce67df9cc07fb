package dev.concord.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes inter-rater agreement for nominal (and, with a declared ordered scale, ordinal and
 * interval) ratings with missing values. Stateless and thread-safe; the same table and options
 * always give the same report. Conventions and formulas: {@code docs/agreement.md}.
 */
public final class AgreementCalculator {

    /** Computes a report with {@link AgreementOptions#defaults()}. */
    public AgreementReport compute(RatingTable table) {
        return compute(table, AgreementOptions.defaults());
    }

    /**
     * Computes a report.
     *
     * @throws java.util.concurrent.CancellationException if {@code options.cancelled()} turns
     *     true during the bootstrap
     */
    public AgreementReport compute(RatingTable table, AgreementOptions options) {
        LabelScale scale = table.scale().orElse(null);
        boolean ordered = scale != null && scale.isOrdered();
        PatternSet patterns = PatternSet.of(table);
        Estimator estimator = new Estimator(patterns, scale);
        Estimates e = estimator.estimate(patterns.baseWeights);
        Bootstrap.Result boot = Bootstrap.run(patterns, estimator, options);
        int heads = Estimates.HEADLINE.length;
        int pairCount = estimator.pairCount();
        List<String> reviewers = table.reviewers();

        List<PairKappa> pairs = new ArrayList<>(pairCount);
        List<WeightedPairKappa> weighted = new ArrayList<>();
        for (int a = 0; a < reviewers.size(); a++) {
            for (int b = a + 1; b < reviewers.size(); b++) {
                int p = Estimator.pairIndex(a, b, reviewers.size());
                int n = (int) e.pairN[p];
                pairs.add(new PairKappa(reviewers.get(a), reviewers.get(b), box(e.pairKappa[p]), n,
                        box(e.pairObserved[p]), box(e.pairExpected[p]),
                        interval(boot, heads + p, e.pairKappa[p])));
                if (ordered) {
                    weighted.add(new WeightedPairKappa(reviewers.get(a), reviewers.get(b), n,
                            box(e.pairLinear[p]), box(e.pairQuadratic[p]),
                            interval(boot, heads + pairCount + p, e.pairLinear[p]),
                            interval(boot, heads + 2 * pairCount + p, e.pairQuadratic[p])));
                }
            }
        }
        Map<String, LabelAgreement> perLabel = new LinkedHashMap<>();
        for (int c = 0; c < table.labelCount(); c++) {
            perLabel.put(table.labels().get(c), new LabelAgreement(table.labels().get(c),
                    (int) e.labelRatings[c], box(e.labelSpecific[c]), box(e.labelKappa[c]),
                    interval(boot, heads + 3 * pairCount + c, e.labelKappa[c])));
        }
        OrdinalAgreement ordinal = ordered ? new OrdinalAgreement(scale.kind(),
                box(e.alphaOrdinal), box(e.alphaInterval), weighted) : null;

        Map<String, Interval> ci = new LinkedHashMap<>();
        if (boot != null) {
            double[] head = e.headline();
            for (int h = 0; h < heads; h++) {
                if (applies(h, scale)) {
                    ci.put(Estimates.HEADLINE[h], interval(boot, h, head[h]));
                }
            }
        }
        Warnings warnings = new Warnings(table, options);
        warnings.data(e);
        warnings.undefined(e, pairs, perLabel, scale);
        warnings.bootstrap(boot, scale);
        warnings.references(options.referenceLabels());

        return new AgreementReport(table.itemCount(), table.reviewerCount(), table.ratingCount(),
                (int) e.pairableItems, table.labels(), box(e.percentAgreement),
                box(e.fleissKappa), box(e.fleissChance), box(e.alphaNominal), box(e.gwetAc1),
                box(e.gwetChance), box(e.meanCohenKappa), pairs, perLabel,
                ReviewerStats.perReviewer(table, pairs, options.referenceLabels()),
                ReviewerStats.perItem(table), ordinal, ci,
                boot == null ? 0 : options.bootstrapResamples(), options.seed(),
                options.confidence(), warnings.list());
    }

    /** Whether headline figure {@code h} applies to a table with this scale. */
    static boolean applies(int h, LabelScale scale) {
        String key = Estimates.HEADLINE[h];
        if (key.equals("krippendorff_alpha_ordinal")) {
            return scale != null && scale.isOrdered();
        }
        if (key.equals("krippendorff_alpha_interval")) {
            return scale != null && scale.kind() == LabelScale.Kind.INTERVAL;
        }
        return true;
    }

    /** The interval of entry {@code index}, or null when off or the point estimate is undefined. */
    private static Interval interval(Bootstrap.Result boot, int index, double point) {
        return boot == null || Double.isNaN(point) ? null : boot.intervals()[index];
    }

    static Double box(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
