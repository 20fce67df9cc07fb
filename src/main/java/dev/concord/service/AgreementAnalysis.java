package dev.concord.service;

import dev.concord.agreement.AgreementReport;
import dev.concord.agreement.PickAgreement;
import dev.concord.agreement.ReviewerAgreement;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An agreement analysis: the core report over the labels, and, for reviews from the store, agreement on
 * best/worst picks, on corrections, per week, and the drill-down to the items behind each figure.
 *
 * @param source {@code "store"} (latest reviews in a database) or {@code "ratings"} (a ratings file)
 * @param sourceName the database's display name or the file name
 * @param report the report over the labels; its warnings include the analysis' own
 * @param labelSet the label set used
 * @param reviewerNames reviewer id to display name (ids for a ratings file)
 * @param adjudicatedItems rated items with a lead's decision, whose label is the reference for per-reviewer
 *     agreement
 * @param picks agreement on the best and the worst attempt of retry chains; null when nobody picked one
 * @param corrections agreement of corrections; null when nobody wrote one
 * @param weeks agreement per ISO week of review, oldest first (empty for a ratings file)
 * @param drilldown the items behind each figure, only those the viewer may see
 * @param hiddenItems rated items left out of every per-item list because the viewer may not see them (a
 *     reviewer sees only the items they have reviewed; see {@link dev.concord.review.Visibility})
 */
public record AgreementAnalysis(String source, String sourceName, AgreementReport report, LabelSetInfo labelSet,
                                Map<String, String> reviewerNames, int adjudicatedItems,
                                PickAgreement.Result picks, CorrectionAgreement corrections,
                                List<WeekAgreement> weeks, AgreementDrilldown drilldown, int hiddenItems) {
    /** Copies the collections. */
    public AgreementAnalysis {
        reviewerNames = Map.copyOf(reviewerNames);
        weeks = List.copyOf(weeks);
    }

    /** The reference of per-reviewer agreement, as a code: {@code ReviewerAgreement.MAJORITY} or
     * {@code ReviewerAgreement.ADJUDICATED_ELSE_MAJORITY}. */
    public String reference() {
        return adjudicatedItems > 0 ? ReviewerAgreement.ADJUDICATED_ELSE_MAJORITY : ReviewerAgreement.MAJORITY;
    }

    /** The reference of per-reviewer agreement in words, the same on every screen and in every file. */
    public String referenceDescription() {
        return adjudicatedItems > 0 ? String.format(Locale.ROOT, "the lead's label on the %,d adjudicated item%s, "
                + "else the majority of the other reviewers", adjudicatedItems, adjudicatedItems == 1 ? "" : "s")
                : "the majority of the other reviewers";
    }

    /** Which label set the figures count, in words: its kind, where it came from and how many labels. */
    public String labelSetDescription() {
        String from = switch (labelSet.source()) {
            case "settings" -> "the project label set";
            case "defaults" -> "the default label set (the project has not changed it)";
            case "request" -> "the label set given";
            default -> "the labels seen";
        };
        return String.format(Locale.ROOT, "%s, %s, %d labels: %s", from, labelSet.kind().name().toLowerCase(Locale.ROOT),
                labelSet.labels().size(), String.join(", ", labelSet.labels()));
    }

    /** A reviewer's display name, or the id when unknown. */
    public String nameOf(String reviewer) {
        return reviewerNames.getOrDefault(reviewer, reviewer);
    }
}
