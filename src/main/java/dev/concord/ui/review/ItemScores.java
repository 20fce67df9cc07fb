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
    /** What the attempt cards say before the scores of an evaluator. */
    public static final String PREFIX = "Evaluator scores (automated, not a review): ";
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

    /** One line for an attempt card ({@code helpfulness 0.8 [EVAL] · tone formal [LLM]}), or "" when there are none. */
    public static String describe(List<EvaluatorScore> scores) {
        if (scores == null || scores.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(PREFIX);
        for (int i = 0; i < scores.size(); i++) {
            EvaluatorScore s = scores.get(i);
            b.append(i == 0 ? "" : " · ").append(s.name()).append(' ').append(s.shownValue());
            if (s.source() != null) {
                b.append(" [").append(s.source()).append(']');
            }
        }
        return b.toString();
    }

    /** The evaluators' comments, one per line ({@code name: comment}), for a tooltip; "" when none has one. */
    public static String comments(List<EvaluatorScore> scores) {
        StringBuilder b = new StringBuilder();
        for (EvaluatorScore s : scores == null ? List.<EvaluatorScore>of() : scores) {
            if (s.comment() != null) {
                b.append(b.isEmpty() ? "" : "\n").append(s.name()).append(": ").append(s.comment());
            }
        }
        return b.toString();
    }
}
