package dev.concord.ui.agreement;

import dev.concord.agreement.AgreementReport;
import dev.concord.agreement.LabelAgreement;
import dev.concord.agreement.LabelScale;
import dev.concord.agreement.ReviewerAgreement;
import dev.concord.service.AgreementAnalysis;
import dev.concord.service.CorrectionAgreement;
import dev.concord.service.WeekAgreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns an analysis into the figures the dashboard draws. Pure: no toolkit needed. */
final class DashboardFigures {
    /** Headline keys and titles, in display order. */
    static final String[][] HEADLINES = {
        {"percent_agreement", "Percent agreement"},
        {"fleiss_kappa", "Fleiss' κ"},
        {"krippendorff_alpha", "Krippendorff's α"},
        {"gwet_ac1", "Gwet's AC1"},
        {"krippendorff_alpha_ordinal", "Krippendorff's α (ordinal)"},
        {"krippendorff_alpha_interval", "Krippendorff's α (interval)"},
    };

    private DashboardFigures() {
    }

    /** Percent agreement, Fleiss, Krippendorff, AC1 (and ordered alphas when a scale declares an order). */
    static List<Figure> headline(AgreementReport r) {
        List<Figure> out = new ArrayList<>();
        for (String[] h : HEADLINES) {
            boolean ordinal = h[0].equals("krippendorff_alpha_ordinal") && r.ordinal() == null;
            boolean interval = h[0].equals("krippendorff_alpha_interval")
                    && (r.ordinal() == null || r.ordinal().kind() != LabelScale.Kind.INTERVAL);
            if (ordinal || interval) {
                continue;
            }
            out.add(new Figure(h[0], h[1], r.headline(h[0]), r.ci().get(h[0]), !h[0].equals("percent_agreement"),
                    r.pairableItems() + " items with two or more ratings"));
        }
        return out;
    }

    /** Per-label kappa (label against all others), in label order. */
    static List<Figure> perLabel(AgreementReport r) {
        List<Figure> out = new ArrayList<>();
        for (LabelAgreement l : r.perLabel().values()) {
            out.add(new Figure(l.label(), l.label(), l.kappa(), l.ci(), true, l.ratings() + " ratings"
                    + (l.specificAgreement() == null ? "" : String.format(Locale.ROOT, ", specific agreement %.3f",
                    l.specificAgreement()))));
        }
        return out;
    }

    /** Each reviewer's mean Cohen's kappa with the others. */
    static List<Figure> reviewerMeanKappa(AgreementAnalysis a) {
        List<Figure> out = new ArrayList<>();
        for (ReviewerAgreement r : a.report().perReviewer()) {
            out.add(new Figure(r.reviewer(), a.nameOf(r.reviewer()), r.meanPairKappa(), null, true,
                    r.ratings() + " ratings; mean of the pairwise Cohen's κ"));
        }
        return out;
    }

    /** Each reviewer's Cohen's kappa with the reference (adjudicated label, else majority of the others). */
    static List<Figure> reviewerReferenceKappa(AgreementAnalysis a) {
        List<Figure> out = new ArrayList<>();
        for (ReviewerAgreement r : a.report().perReviewer()) {
            String share = r.referenceAgreement() == null ? "no reference"
                    : String.format(Locale.ROOT, "agrees on %.0f%% of %d", 100 * r.referenceAgreement(), r.referenceN());
            out.add(new Figure(r.reviewer(), a.nameOf(r.reviewer()), r.referenceKappa(), null, true,
                    share + " (" + referenceName(a) + ")"));
        }
        return out;
    }

    /** What per-reviewer agreement is measured against. */
    static String referenceName(AgreementAnalysis a) {
        return a.adjudicatedItems() > 0 ? "reference (lead's label, else majority)" : "majority of the others";
    }

    /** Krippendorff's alpha per ISO week, oldest first. */
    static List<Figure> weeks(AgreementAnalysis a) {
        List<Figure> out = new ArrayList<>();
        for (WeekAgreement w : a.weeks()) {
            AgreementReport r = w.report();
            out.add(new Figure(w.week(), w.week() + "\n" + items(r.pairableItems())
                    + (r.krippendorffAlpha() == null ? "\nα undefined" : ""), r.krippendorffAlpha(),
                    r.ci().get("krippendorff_alpha"), true,
                    r.pairableItems() + " items with two or more ratings"
                            + (r.percentAgreement() == null ? "" : String.format(Locale.ROOT,
                            ", percent agreement %.3f", r.percentAgreement()))));
        }
        return out;
    }

    private static String items(int n) {
        return n == 1 ? "1 item" : n + " items";
    }

    /** Fleiss' kappa on the best and on the worst attempt of retry chains; empty when nobody picked. */
    static List<Figure> picks(AgreementAnalysis a) {
        if (a.picks() == null) {
            return List.of();
        }
        return List.of(pick("best_attempt", "Best attempt", a.picks().best()),
                pick("worst_attempt", "Worst attempt", a.picks().worst()));
    }

    private static Figure pick(String key, String title, AgreementReport r) {
        return new Figure(key, title + ": Fleiss' κ", r.fleissKappa(), r.ci().get("fleiss_kappa"), true,
                r.pairableItems() + " chains picked by two or more"
                        + (r.percentAgreement() == null ? "" : String.format(Locale.ROOT, ", percent agreement %.3f",
                        r.percentAgreement())));
    }

    /** One line on corrections, or a sentence saying there are none. */
    static String corrections(AgreementAnalysis a) {
        CorrectionAgreement c = a.corrections();
        if (c == null) {
            return "No reviewer wrote a correction.";
        }
        if (c.comparableItems() == 0) {
            return c.itemsWithCorrections() + " items have one correction each: nothing to compare yet.";
        }
        return String.format(Locale.ROOT, "Corrections agree on %d of %d items with two or more (%.0f%%; every pair"
                        + " at least %.2f similar); mean similarity %.3f. Consensus text: the medoid.",
                c.agreeingItems(), c.comparableItems(), 100 * c.agreementShare(), c.threshold(), c.meanSimilarity());
    }

    /** The one-line summary under the dashboard's title. */
    static String summary(AgreementAnalysis a) {
        AgreementReport r = a.report();
        return String.format(Locale.ROOT, "%,d items (%,d with two or more reviews) · %d reviewers · %,d reviews · %s"
                        + " · reference: %s · %s", r.items(), r.pairableItems(), r.reviewers(), r.ratings(),
                "label set: " + a.labelSetDescription(), a.referenceDescription(),
                r.bootstrapResamples() > 0 ? String.format(Locale.ROOT, "%.0f%% bootstrap intervals, %,d resamples",
                        100 * r.confidence(), r.bootstrapResamples()) : "no intervals");
    }
}
