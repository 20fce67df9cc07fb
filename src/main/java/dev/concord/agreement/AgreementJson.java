package dev.concord.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Turns a report into plain maps and lists (stable key order, nulls where a figure is undefined)
 * for a JSON serializer. Scripts may rely on these keys: {@code items}, {@code reviewers},
 * {@code percent_agreement}, {@code fleiss_kappa}, {@code krippendorff_alpha}, {@code gwet_ac1},
 * {@code cohen_kappa} (list of {@code {a, b, kappa, n}}), {@code per_label} (label to kappa),
 * {@code ci} (figure to {@code [low, high]}), {@code warnings}. The other keys are extras.
 */
public final class AgreementJson {

    private AgreementJson() {
    }

    /** The report as nested {@link LinkedHashMap}s, {@link List}s, numbers, strings and nulls. */
    public static Map<String, Object> toMap(AgreementReport r) {
        return toMap(r, null);
    }

    /**
     * The report as maps and lists, as {@link #toMap(AgreementReport)}; with {@code nameOf}, each pair also
     * carries {@code a_name} and {@code b_name} and each per-reviewer entry {@code name}.
     */
    public static Map<String, Object> toMap(AgreementReport r, UnaryOperator<String> nameOf) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("items", r.items());
        m.put("reviewers", r.reviewers());
        m.put("ratings", r.ratings());
        m.put("pairable_items", r.pairableItems());
        m.put("labels", r.labels());
        m.put("percent_agreement", r.percentAgreement());
        m.put("fleiss_kappa", r.fleissKappa());
        m.put("krippendorff_alpha", r.krippendorffAlpha());
        m.put("gwet_ac1", r.gwetAc1());
        m.put("mean_cohen_kappa", r.meanCohenKappa());
        m.put("cohen_kappa", pairs(r.cohenKappa(), nameOf));
        Map<String, Object> perLabel = new LinkedHashMap<>();
        Map<String, Object> labelDetail = new LinkedHashMap<>();
        for (LabelAgreement label : r.perLabel().values()) {
            perLabel.put(label.label(), label.kappa());
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("kappa", label.kappa());
            d.put("specific_agreement", label.specificAgreement());
            d.put("ratings", label.ratings());
            d.put("ci", bounds(label.ci()));
            labelDetail.put(label.label(), d);
        }
        m.put("per_label", perLabel);
        m.put("per_label_detail", labelDetail);
        m.put("ordinal", ordinal(r.ordinal()));
        Map<String, Object> ci = new LinkedHashMap<>();
        r.ci().forEach((key, interval) -> ci.put(key, bounds(interval)));
        m.put("ci", ci);
        m.put("confidence", r.confidence());
        m.put("bootstrap_resamples", r.bootstrapResamples());
        m.put("seed", r.seed());
        Map<String, Object> bands = new LinkedHashMap<>();
        for (String key : Estimates.HEADLINE) {
            if (!key.equals("percent_agreement") && applies(r, key)) {
                InterpretationBand band = InterpretationBand.of(r.headline(key));
                bands.put(key, band == null ? null : band.label());
            }
        }
        m.put("bands", bands);
        m.put("per_reviewer", reviewers(r.perReviewer(), nameOf));
        m.put("per_item", items(r.perItem()));
        m.put("warnings", r.warnings());
        return m;
    }

    /** Whether headline {@code key} applies to the report's scale. */
    static boolean applies(AgreementReport r, String key) {
        return switch (key) {
            case "krippendorff_alpha_ordinal" -> r.ordinal() != null;
            case "krippendorff_alpha_interval" ->
                r.ordinal() != null && r.ordinal().kind() == LabelScale.Kind.INTERVAL;
            default -> true;
        };
    }

    private static List<Object> pairs(List<PairKappa> pairs, UnaryOperator<String> nameOf) {
        List<Object> list = new ArrayList<>();
        for (PairKappa p : pairs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("a", p.a());
            m.put("b", p.b());
            if (nameOf != null) {
                m.put("a_name", nameOf.apply(p.a()));
                m.put("b_name", nameOf.apply(p.b()));
            }
            m.put("kappa", p.kappa());
            m.put("n", p.n());
            m.put("observed_agreement", p.observedAgreement());
            m.put("expected_agreement", p.expectedAgreement());
            m.put("ci", bounds(p.ci()));
            list.add(m);
        }
        return list;
    }

    private static Object ordinal(OrdinalAgreement o) {
        if (o == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scale", o.kind().name().toLowerCase(Locale.ROOT));
        m.put("krippendorff_alpha_ordinal", o.krippendorffAlphaOrdinal());
        m.put("krippendorff_alpha_interval", o.krippendorffAlphaInterval());
        List<Object> list = new ArrayList<>();
        for (WeightedPairKappa p : o.weightedKappa()) {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("a", p.a());
            w.put("b", p.b());
            w.put("n", p.n());
            w.put("linear", p.linear());
            w.put("quadratic", p.quadratic());
            w.put("linear_ci", bounds(p.linearCi()));
            w.put("quadratic_ci", bounds(p.quadraticCi()));
            list.add(w);
        }
        m.put("weighted_kappa", list);
        return m;
    }

    private static List<Object> reviewers(List<ReviewerAgreement> reviewers, UnaryOperator<String> nameOf) {
        List<Object> list = new ArrayList<>();
        for (ReviewerAgreement a : reviewers) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("reviewer", a.reviewer());
            if (nameOf != null) {
                m.put("name", nameOf.apply(a.reviewer()));
            }
            m.put("ratings", a.ratings());
            m.put("mean_pair_kappa", a.meanPairKappa());
            m.put("pairwise_agreement", a.pairwiseAgreement());
            m.put("reference", a.reference());
            m.put("reference_n", a.referenceN());
            m.put("reference_agreement", a.referenceAgreement());
            m.put("reference_kappa", a.referenceKappa());
            list.add(m);
        }
        return list;
    }

    private static List<Object> items(List<ItemAgreement> items) {
        List<Object> list = new ArrayList<>(items.size());
        for (ItemAgreement a : items) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("item", a.item());
            m.put("ratings", a.ratings());
            m.put("majority_label", a.majorityLabel());
            m.put("majority_share", a.majorityShare());
            m.put("pairwise_agreement", a.pairwiseAgreement());
            list.add(m);
        }
        return list;
    }

    private static List<Double> bounds(Interval interval) {
        return interval == null ? null : List.of(interval.low(), interval.high());
    }
}
