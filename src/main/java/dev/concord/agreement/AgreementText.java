package dev.concord.agreement;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A plain-text rendering of a report for terminals: every figure with its interval, the band next
 * to it, then pairs, labels and warnings. Returns text; printing is the caller's business.
 */
public final class AgreementText {

    private static final String[][] HEADLINES = {
        {"percent_agreement", "Percent agreement"},
        {"fleiss_kappa", "Fleiss' kappa"},
        {"krippendorff_alpha", "Krippendorff's alpha"},
        {"gwet_ac1", "Gwet's AC1"},
        {"mean_cohen_kappa", "Mean Cohen's kappa"},
        {"krippendorff_alpha_ordinal", "Krippendorff's alpha (ordinal)"},
        {"krippendorff_alpha_interval", "Krippendorff's alpha (interval)"},
    };

    private AgreementText() {
    }

    /** The report as lines of text separated by {@code \n}, reviewers shown by id. */
    public static String format(AgreementReport r) {
        return format(r, UnaryOperator.identity());
    }

    /** The report as lines of text separated by {@code \n}, reviewers shown by {@code nameOf(id)}. */
    public static String format(AgreementReport r, UnaryOperator<String> nameOf) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT,
                "%d items (%d with two or more ratings), %d reviewers, %d ratings\n",
                r.items(), r.pairableItems(), r.reviewers(), r.ratings()));
        if (r.bootstrapResamples() > 0) {
            out.append(String.format(Locale.ROOT,
                    "Intervals: %.0f%% percentile bootstrap over items, %d resamples, seed %d\n",
                    r.confidence() * 100, r.bootstrapResamples(), r.seed()));
        }
        for (String[] headline : HEADLINES) {
            if (!AgreementJson.applies(r, headline[0])) {
                continue;
            }
            Double value = r.headline(headline[0]);
            String band = headline[0].equals("percent_agreement") ? ""
                    : label(InterpretationBand.of(value));
            out.append(String.format(Locale.ROOT, "%-32s %s %s %s", headline[1], number(value),
                    interval(r.ci().get(headline[0])), band).stripTrailing()).append('\n');
        }
        out.append("Cohen's kappa per pair:\n");
        for (PairKappa p : r.cohenKappa()) {
            out.append(String.format(Locale.ROOT, "  %s / %s  %s %s n=%d\n", nameOf.apply(p.a()), nameOf.apply(p.b()),
                    number(p.kappa()), interval(p.ci()), p.n()));
        }
        out.append("Per label (kappa, specific agreement, ratings):\n");
        for (LabelAgreement l : r.perLabel().values()) {
            out.append(String.format(Locale.ROOT, "  %s  %s %s %d\n", l.label(), number(l.kappa()),
                    number(l.specificAgreement()), l.ratings()));
        }
        if (!r.warnings().isEmpty()) {
            out.append("Warnings:\n");
            r.warnings().forEach(w -> out.append("  - ").append(w).append('\n'));
        }
        return out.toString();
    }

    private static String number(Double value) {
        return value == null ? "undefined" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String interval(Interval ci) {
        return ci == null ? "" : String.format(Locale.ROOT, "[%.3f, %.3f]", ci.low(), ci.high());
    }

    private static String label(InterpretationBand band) {
        return band == null ? "" : "(" + band.label() + ")";
    }
}
