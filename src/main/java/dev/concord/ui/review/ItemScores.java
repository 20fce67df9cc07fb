package dev.concord.ui.review;

import dev.concord.model.Attempt;
import dev.concord.model.EvaluatorScore;
import dev.concord.model.FlaggedItem;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The evaluator scores (LLM judges, code checks) of the generations of the item on screen, read in the background
 * when an item is shown. Read-only metadata: no review, and nothing a reviewer's label depends on.
 */
public final class ItemScores {
    private final ReviewWorkbench bench;
    private final ReadOnlyObjectWrapper<Map<String, List<EvaluatorScore>>> byGeneration =
            new ReadOnlyObjectWrapper<>(Map.of());
    private FlaggedItem requested;

    ItemScores(ReviewWorkbench bench) {
        this.bench = bench;
    }

    /**
     * Reads the scores of the item's attempts (none for null), unless that item is the one shown already; a later
     * call supersedes an earlier one still running.
     */
    public void load(FlaggedItem item) {
        if (item != null && item == requested) {
            return;
        }
        requested = item;
        if (item == null || item.attempts().isEmpty()) {
            byGeneration.set(Map.of());
            return;
        }
        List<String> generations = new ArrayList<>();
        for (Attempt a : item.attempts()) {
            generations.add(a.generationId());
        }
        var service = bench.reviews();
        bench.jobs().run("Reading evaluator scores…", p -> service.evaluatorScores(generations), scores -> {
            if (requested == item) {
                byGeneration.set(scores);
            }
        }, error -> byGeneration.set(Map.of()));
    }

    /** Generation id to its scores, for the item last loaded. */
    public ReadOnlyObjectProperty<Map<String, List<EvaluatorScore>>> byGenerationProperty() {
        return byGeneration.getReadOnlyProperty();
    }
}
