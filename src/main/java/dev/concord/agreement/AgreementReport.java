package dev.concord.agreement;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything computed about one rating table. Figures that are undefined on the data are
 * {@code null} and come with an entry in {@link #warnings()}; they are never NaN.
 *
 * @param items number of items in the table (rated or not)
 * @param reviewers number of reviewers in the table
 * @param ratings number of ratings
 * @param pairableItems number of items with at least two ratings
 * @param labels the label set (declared scale first, then labels only seen in the data)
 * @param percentAgreement mean over pairable items of the share of agreeing rating pairs
 * @param fleissKappa Fleiss' kappa (Gwet's handling of missing ratings, see docs)
 * @param fleissChanceAgreement chance agreement of Fleiss' kappa
 * @param krippendorffAlpha Krippendorff's alpha, nominal metric
 * @param gwetAc1 Gwet's AC1
 * @param gwetChanceAgreement chance agreement of Gwet's AC1
 * @param meanCohenKappa mean of the defined pairwise Cohen's kappas (Light's kappa)
 * @param cohenKappa Cohen's kappa for every pair of reviewers, in table order
 * @param perLabel category-specific agreement, by label, in label order
 * @param perReviewer agreement of each reviewer with the others and with a reference
 * @param perItem agreement on each item, in table order
 * @param ordinal measures for an ordered scale; null when no ordered scale was declared
 * @param ci bootstrap intervals of the headline figures, keyed like the JSON (for example
 *     {@code "fleiss_kappa"}); a value is null when the figure has no interval; empty when the
 *     bootstrap was off
 * @param bootstrapResamples number of resamples used (0 when off)
 * @param seed seed of the resampling
 * @param confidence confidence level of the intervals
 * @param warnings human-readable warnings, in a stable order
 */
public record AgreementReport(int items, int reviewers, int ratings, int pairableItems,
        List<String> labels, Double percentAgreement, Double fleissKappa,
        Double fleissChanceAgreement, Double krippendorffAlpha, Double gwetAc1,
        Double gwetChanceAgreement, Double meanCohenKappa, List<PairKappa> cohenKappa,
        Map<String, LabelAgreement> perLabel, List<ReviewerAgreement> perReviewer,
        List<ItemAgreement> perItem, OrdinalAgreement ordinal, Map<String, Interval> ci,
        int bootstrapResamples, long seed, double confidence, List<String> warnings) {

    /** Copies the collections (maps keep their order and may hold null values). */
    public AgreementReport {
        labels = List.copyOf(labels);
        cohenKappa = List.copyOf(cohenKappa);
        perLabel = Collections.unmodifiableMap(new LinkedHashMap<>(perLabel));
        perReviewer = List.copyOf(perReviewer);
        perItem = List.copyOf(perItem);
        ci = Collections.unmodifiableMap(new LinkedHashMap<>(ci));
        warnings = List.copyOf(warnings);
    }

    /**
     * A headline figure by its JSON key: {@code percent_agreement}, {@code fleiss_kappa},
     * {@code krippendorff_alpha}, {@code gwet_ac1}, {@code mean_cohen_kappa},
     * {@code krippendorff_alpha_ordinal}, {@code krippendorff_alpha_interval}.
     *
     * @return the value, or null when undefined or not applicable
     * @throws IllegalArgumentException for an unknown key
     */
    public Double headline(String key) {
        return switch (key) {
            case "percent_agreement" -> percentAgreement;
            case "fleiss_kappa" -> fleissKappa;
            case "krippendorff_alpha" -> krippendorffAlpha;
            case "gwet_ac1" -> gwetAc1;
            case "mean_cohen_kappa" -> meanCohenKappa;
            case "krippendorff_alpha_ordinal" ->
                ordinal == null ? null : ordinal.krippendorffAlphaOrdinal();
            case "krippendorff_alpha_interval" ->
                ordinal == null ? null : ordinal.krippendorffAlphaInterval();
            default -> throw new IllegalArgumentException("unknown figure: " + key);
        };
    }
}
