package dev.concord.service;

import dev.concord.agreement.AgreementReport;
import dev.concord.agreement.AgreementText;
import dev.concord.agreement.InterpretationBand;
import dev.concord.agreement.Interval;
import dev.concord.agreement.ReviewerAgreement;

import java.util.Locale;

/**
 * A plain-text rendering of an analysis for terminals: the core report ({@link AgreementText}), then where
 * the labels came from, per-reviewer agreement, best/worst picks, corrections and weeks. Returns text.
 */
public final class AgreementAnalysisText {
    private static final String WARNINGS = "Warnings:\n";

    private AgreementAnalysisText() {
    }

    /** The analysis as lines separated by {@code \n}. */
    public static String format(AgreementAnalysis a) {
        StringBuilder out = new StringBuilder();
        out.append(a.source().equals("store") ? "Latest reviews in " : "Ratings file ").append(a.sourceName())
                .append('\n');
        out.append("Label set: ").append(a.labelSetDescription()).append('\n');
        out.append("Reference for per-reviewer agreement: ").append(a.referenceDescription()).append('\n');
        String core = AgreementText.format(a.report(), a::nameOf);
        int warningsAt = core.indexOf(WARNINGS);
        out.append(warningsAt < 0 ? core : core.substring(0, warningsAt));
        AgreementReport r = a.report();
        if (!r.perReviewer().isEmpty()) {
            out.append("Per reviewer (mean pair kappa | share agreeing with the reference, kappa with it, items):\n");
            for (ReviewerAgreement ra : r.perReviewer()) {
                out.append(String.format(Locale.ROOT, "  %s  %s | %s %s n=%d\n", a.nameOf(ra.reviewer()),
                        number(ra.meanPairKappa()), number(ra.referenceAgreement()), number(ra.referenceKappa()),
                        ra.referenceN()));
            }
        }
        if (a.picks() != null) {
            picks(out, "Best attempt", a.picks().best());
            picks(out, "Worst attempt", a.picks().worst());
        }
        CorrectionAgreement c = a.corrections();
        if (c != null) {
            out.append(String.format(Locale.ROOT, "Corrections: %d items with a correction, %d with two or more;"
                            + " %d of those agree (similarity >= %.2f for every pair), share %s, mean similarity %s\n",
                    c.itemsWithCorrections(), c.comparableItems(), c.agreeingItems(), c.threshold(),
                    number(c.agreementShare()), number(c.meanSimilarity())));
        }
        if (!a.weeks().isEmpty()) {
            out.append("Per ISO week of the last review (alpha with interval, percent agreement, items):\n");
            for (WeekAgreement w : a.weeks()) {
                out.append(String.format(Locale.ROOT, "  %s  %s %s  %s  %d\n", w.week(),
                        number(w.report().krippendorffAlpha()), interval(w.report().ci().get("krippendorff_alpha")),
                        number(w.report().percentAgreement()), w.report().pairableItems()));
            }
        }
        if (warningsAt >= 0) {
            out.append(core.substring(warningsAt));
        }
        return out.toString();
    }

    /**
     * The headline figures in one paragraph, with intervals, the label set and the reference: what the export
     * dialog shows, the same numbers as the Agreement tab, {@code concord agreement} and the export manifest.
     */
    public static String headline(AgreementAnalysis a) {
        AgreementReport r = a.report();
        return String.format(Locale.ROOT, "Gwet's AC1 %s %s · Fleiss' kappa %s %s · Krippendorff's alpha %s %s · "
                        + "percent agreement %s %s, over %,d items with two or more reviews by %d reviewers. "
                        + "Label set: %s. Reference: %s.",
                number(r.gwetAc1()), interval(r.ci().get("gwet_ac1")), number(r.fleissKappa()),
                interval(r.ci().get("fleiss_kappa")), number(r.krippendorffAlpha()),
                interval(r.ci().get("krippendorff_alpha")), number(r.percentAgreement()),
                interval(r.ci().get("percent_agreement")), r.pairableItems(), r.reviewers(),
                a.labelSetDescription(), a.referenceDescription()).replace("  ", " ");
    }

    private static void picks(StringBuilder out, String title, AgreementReport r) {
        out.append(String.format(Locale.ROOT, "%s (%d chains with two or more picks): percent %s %s, Fleiss' kappa %s %s %s,"
                        + " alpha %s %s\n", title, r.pairableItems(),
                number(r.percentAgreement()), interval(r.ci().get("percent_agreement")),
                number(r.fleissKappa()), interval(r.ci().get("fleiss_kappa")), band(r.fleissKappa()),
                number(r.krippendorffAlpha()), interval(r.ci().get("krippendorff_alpha"))));
    }

    private static String number(Double v) {
        return v == null ? "undefined" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String interval(Interval i) {
        return i == null ? "" : String.format(Locale.ROOT, "[%.3f, %.3f]", i.low(), i.high());
    }

    private static String band(Double v) {
        InterpretationBand b = InterpretationBand.of(v);
        return b == null ? "" : "(" + b.label() + ")";
    }
}
