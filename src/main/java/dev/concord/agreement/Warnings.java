package dev.concord.agreement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects the warnings of one report, in a stable order. */
final class Warnings {

    private static final int MAX_NAMED = 5;

    private final RatingTable table;
    private final AgreementOptions options;
    private final List<String> list = new ArrayList<>();

    Warnings(RatingTable table, AgreementOptions options) {
        this.table = table;
        this.options = options;
    }

    List<String> list() {
        return list;
    }

    void data(Estimates e) {
        int unrated = table.itemCount() - (int) e.ratedItems;
        int single = (int) (e.ratedItems - e.pairableItems);
        if (e.pairableItems < options.minItems()) {
            list.add("only " + (int) e.pairableItems + " items have two or more ratings (fewer than "
                    + options.minItems() + "): the figures are unstable and their intervals wide");
        }
        if (unrated > 0) {
            list.add(unrated + " items have no rating and are ignored");
        }
        if (single > 0) {
            list.add(single + " items have a single rating: they carry no agreement information"
                    + " and are ignored, except in the label proportions of Fleiss' kappa and AC1");
        }
        for (int r = 0; r < table.reviewerCount(); r++) {
            boolean rated = false;
            for (int i = 0; i < table.itemCount() && !rated; i++) {
                rated = table.label(i, r) != RatingTable.MISSING;
            }
            if (!rated) {
                list.add("reviewer '" + table.reviewers().get(r) + "' rated nothing");
            }
        }
        for (int c = 0; c < table.labelCount(); c++) {
            int n = (int) e.labelRatings[c];
            String label = table.labels().get(c);
            if (n == 0) {
                list.add("label '" + label + "' was never used");
            } else if (n < options.rareLabelMinRatings()) {
                list.add("label '" + label + "' has only " + n + " ratings (fewer than "
                        + options.rareLabelMinRatings() + "): its per-label figures are unstable");
            }
        }
    }

    void undefined(Estimates e, List<PairKappa> pairs, Map<String, LabelAgreement> perLabel,
            LabelScale scale) {
        double[] head = e.headline();
        for (int h = 0; h < head.length; h++) {
            if (Double.isNaN(head[h]) && AgreementCalculator.applies(h, scale)) {
                list.add(Estimates.HEADLINE[h] + " is undefined: " + reason(h, e));
            }
        }
        List<String> undefinedPairs = new ArrayList<>();
        for (PairKappa pair : pairs) {
            if (pair.kappa() == null) {
                undefinedPairs.add(pair.a() + "/" + pair.b()
                        + (pair.n() == 0 ? " (no shared items)" : " (one label only)"));
            }
        }
        if (!undefinedPairs.isEmpty()) {
            list.add("Cohen's kappa is undefined for " + undefinedPairs.size() + " of "
                    + pairs.size() + " reviewer pairs: " + named(undefinedPairs));
        }
        List<String> undefinedLabels = new ArrayList<>();
        for (LabelAgreement label : perLabel.values()) {
            if (label.kappa() == null && label.ratings() > 0) {
                undefinedLabels.add(label.label());
            }
        }
        if (!undefinedLabels.isEmpty() && !Double.isNaN(e.percentAgreement)) {
            list.add("per-label kappa is undefined for labels used in every rating: "
                    + named(undefinedLabels));
        }
    }

    private static String reason(int h, Estimates e) {
        if (e.pairableItems == 0) {
            return "no item has two or more ratings";
        }
        return switch (Estimates.HEADLINE[h]) {
            case "gwet_ac1" -> "the label set has a single label";
            case "mean_cohen_kappa" -> "no pair of reviewers has a defined Cohen's kappa";
            default -> "every pairable rating has the same label (chance agreement is 1)";
        };
    }

    void bootstrap(Bootstrap.Result boot, LabelScale scale) {
        if (boot == null) {
            return;
        }
        for (int h = 0; h < Estimates.HEADLINE.length; h++) {
            int undefined = boot.undefined()[h];
            if (undefined > 0 && undefined < options.bootstrapResamples()
                    && AgreementCalculator.applies(h, scale)) {
                list.add(Estimates.HEADLINE[h] + " was undefined in " + undefined + " of "
                        + options.bootstrapResamples()
                        + " bootstrap resamples; its interval uses the others");
            }
        }
    }

    void references(Map<String, String> referenceLabels) {
        Set<String> items = new HashSet<>(table.items());
        long unknown = referenceLabels.keySet().stream().filter(item -> !items.contains(item)).count();
        if (unknown > 0) {
            list.add(unknown + " reference labels name items that are not in the table; ignored");
        }
    }

    private static String named(List<String> names) {
        String shown = String.join(", ", names.subList(0, Math.min(MAX_NAMED, names.size())));
        return names.size() > MAX_NAMED ? shown + ", ..." : shown;
    }
}
