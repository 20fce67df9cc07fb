package dev.concord.export;

import dev.concord.curate.ReviewedItem;
import dev.concord.model.Candidate;

import java.util.function.Consumer;

/**
 * What an export reads: reviewed items twice (once for the eval files, once for the training files), in the same
 * order both times, newest first; then the automatic candidates of that side, newest first. That order decides which row of a
 * duplicated prompt is kept.
 */
public interface ExportInput {
    /** Flagged items that have at least one latest review or an adjudication, newest first. */
    void forEachReviewed(Consumer<ReviewedItem> consumer);

    /**
     * Automatic candidates with their prompts, newest first (called only when the policy includes them): the eval
     * kinds (golden-eval, regression-eval) when {@code evalKinds}, all other kinds otherwise.
     */
    void forEachCandidate(boolean evalKinds, Consumer<Candidate> consumer);

    /** How many sources both passes read together (reviewed items count twice), for progress; -1 if unknown. */
    long sourceCount(boolean includeAutomatic);
}
