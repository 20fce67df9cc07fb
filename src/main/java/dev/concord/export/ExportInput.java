package dev.concord.export;

import dev.concord.curate.ReviewedItem;
import dev.concord.model.Candidate;

import java.util.function.Consumer;

/**
 * What an export reads, twice (once for the eval files, once for the training files), in the same order both
 * times: reviewed items newest first, then automatic candidates newest first. That order decides which row of a
 * duplicated prompt is kept.
 */
public interface ExportInput {
    /** Flagged items that have at least one latest review or an adjudication, newest first. */
    void forEachReviewed(Consumer<ReviewedItem> consumer);

    /** Automatic candidates with their prompts, newest first (called only when the policy includes them). */
    void forEachCandidate(Consumer<Candidate> consumer);

    /** How many sources one pass reads, for progress; -1 if unknown. */
    long sourceCount(boolean includeAutomatic);
}
