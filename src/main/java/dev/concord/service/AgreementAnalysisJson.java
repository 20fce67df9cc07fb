package dev.concord.service;

import dev.concord.agreement.AgreementJson;
import dev.concord.agreement.AgreementReport;
import dev.concord.agreement.Interval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * An analysis as plain maps and lists for a JSON serializer: every key of {@link AgreementJson#toMap} (the
 * stable keys {@code items}, {@code reviewers}, {@code percent_agreement}, {@code fleiss_kappa},
 * {@code krippendorff_alpha}, {@code gwet_ac1}, {@code cohen_kappa}, {@code per_label}, {@code ci},
 * {@code warnings} and the core's extras), plus {@code source}, {@code label_set}, {@code reference},
 * {@code adjudicated_items}, {@code best_attempt}, {@code worst_attempt}, {@code corrections},
 * {@code per_week} and {@code hidden_items} (rated items left out of {@code per_item} and the corrections'
 * {@code per_item} because the viewer has not reviewed them). Keys that do not apply are null (for a ratings
 * file: picks, corrections and weeks).
 */
public final class AgreementAnalysisJson {
    private AgreementAnalysisJson() {
    }

    /** The analysis as nested maps and lists; {@code warnings} stays the last key. */
    public static Map<String, Object> toMap(AgreementAnalysis a) {
        return toMap(a, a::nameOf);
    }

    /**
     * The figures without anything per item ({@code per_item} rows, per-item corrections): what the export
     * manifest records. Reviewer names are shown through {@code nameOf} (the export passes them through the
     * redactor).
     */
    public static Map<String, Object> aggregate(AgreementAnalysis a, UnaryOperator<String> nameOf) {
        Map<String, Object> m = toMap(a, nameOf);
        m.remove("per_item");
        if (m.get("corrections") instanceof Map<?, ?> c) {
            c.remove("per_item");
        }
        return m;
    }

    private static Map<String, Object> toMap(AgreementAnalysis a, UnaryOperator<String> nameOf) {
        Map<String, Object> core = AgreementJson.toMap(a.report(), nameOf);
        Object warnings = core.remove("warnings");
        Map<String, Object> m = new LinkedHashMap<>(core);
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("kind", a.source());
        source.put("name", a.sourceName());
        m.put("source", source);
        Map<String, Object> labels = new LinkedHashMap<>();
        labels.put("source", a.labelSet().source());
        labels.put("scale", a.labelSet().kind().name().toLowerCase(Locale.ROOT));
        labels.put("labels", a.labelSet().labels());
        labels.put("description", a.labelSetDescription());
        m.put("label_set", labels);
        m.put("reference", a.reference());
        m.put("reference_description", a.referenceDescription());
        Map<String, String> names = new TreeMap<>();
        a.reviewerNames().forEach((id, name) -> names.put(id, nameOf.apply(id)));
        m.put("reviewer_names", names);
        m.put("adjudicated_items", a.adjudicatedItems());
        m.put("best_attempt", a.picks() == null ? null : nested(a.picks().best()));
        m.put("worst_attempt", a.picks() == null ? null : nested(a.picks().worst()));
        m.put("corrections", corrections(a.corrections()));
        m.put("per_week", "store".equals(a.source()) ? weeks(a.weeks()) : null);
        m.put("hidden_items", a.hiddenItems());
        m.put("warnings", warnings);
        return m;
    }

    /** A nested report without its per-item list (the chains are the items of the main report). */
    private static Map<String, Object> nested(AgreementReport r) {
        Map<String, Object> m = AgreementJson.toMap(r);
        m.remove("per_item");
        return m;
    }

    private static Object corrections(CorrectionAgreement c) {
        if (c == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("threshold", c.threshold());
        m.put("items_with_corrections", c.itemsWithCorrections());
        m.put("comparable_items", c.comparableItems());
        m.put("agreeing_items", c.agreeingItems());
        m.put("agreement_share", c.agreementShare());
        m.put("mean_similarity", c.meanSimilarity());
        List<Object> items = new ArrayList<>();
        for (CorrectionAgreement.Item i : c.perItem()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("item", i.item());
            e.put("corrections", i.corrections());
            e.put("agreed", i.agreed());
            e.put("min_similarity", i.minSimilarity());
            e.put("mean_similarity", i.meanSimilarity());
            e.put("consensus_reviewer", i.consensusReviewer());
            items.add(e);
        }
        m.put("per_item", items);
        return m;
    }

    private static List<Object> weeks(List<WeekAgreement> weeks) {
        List<Object> list = new ArrayList<>();
        for (WeekAgreement w : weeks) {
            AgreementReport r = w.report();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("week", w.week());
            m.put("items", r.items());
            m.put("pairable_items", r.pairableItems());
            m.put("ratings", r.ratings());
            m.put("percent_agreement", r.percentAgreement());
            m.put("fleiss_kappa", r.fleissKappa());
            m.put("krippendorff_alpha", r.krippendorffAlpha());
            m.put("gwet_ac1", r.gwetAc1());
            Map<String, Object> ci = new LinkedHashMap<>();
            r.ci().forEach((key, interval) -> ci.put(key, bounds(interval)));
            m.put("ci", ci);
            m.put("warnings", r.warnings());
            list.add(m);
        }
        return list;
    }

    private static List<Double> bounds(Interval i) {
        return i == null ? null : List.of(i.low(), i.high());
    }
}
