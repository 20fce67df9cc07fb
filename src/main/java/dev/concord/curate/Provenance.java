package dev.concord.curate;

import java.util.List;

/**
 * Who stands behind a row.
 *
 * @param reviewers            reviewer ids whose latest review counted (sorted), plus the lead when adjudicated
 * @param agreement            share of reviews that carry the agreed label, or null for automatic rows
 * @param lead                 the adjudicating lead, or null
 * @param correctionSimilarity lowest pairwise similarity of the corrections used, or null when no correction was used
 */
public record Provenance(List<String> reviewers, Double agreement, String lead, Double correctionSimilarity) {
    public static final Provenance AUTOMATIC = new Provenance(List.of(), null, null, null);

    public Provenance {
        reviewers = List.copyOf(reviewers);
    }
}
