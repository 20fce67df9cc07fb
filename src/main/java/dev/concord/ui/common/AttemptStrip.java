package dev.concord.ui.common;

import dev.concord.model.Attempt;
import dev.concord.model.EvaluatorScore;
import dev.concord.model.FlaggedItem;
import javafx.scene.layout.HBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The attempts of an item side by side as {@link AttemptCard}s (one card for a single answer), scrolling sideways;
 * the focused card is highlighted and scrolled into view, the best and worst are marked.
 */
public final class AttemptStrip extends javafx.scene.control.ScrollPane {
    public static final String ID = "attemptStrip";
    private final HBox cards = new HBox(8);
    private final List<AttemptCard> shown = new ArrayList<>();
    private final List<String> generations = new ArrayList<>();

    public AttemptStrip() {
        setId(ID);
        setContent(cards);
        setFitToHeight(true);
        setFitToWidth(true);
    }

    /** The row of cards. */
    public HBox cards() {
        return cards;
    }

    public List<AttemptCard> shown() {
        return List.copyOf(shown);
    }

    public void show(FlaggedItem item) {
        cards.getChildren().clear();
        shown.clear();
        generations.clear();
        setHvalue(0);
        if (item == null) {
            return;
        }
        for (Attempt a : item.attempts()) {
            AttemptCard card = new AttemptCard(a, item.attempts().size());
            cards.getChildren().add(card);
            shown.add(card);
            generations.add(a.generationId());
        }
    }

    /** Shows each card's evaluator scores (generation id to scores; a card without any shows nothing). */
    public void showScores(Map<String, List<EvaluatorScore>> byGeneration) {
        for (int i = 0; i < shown.size(); i++) {
            List<EvaluatorScore> s = byGeneration.getOrDefault(generations.get(i), List.of());
            shown.get(i).showScores(ScoreLine.describe(s), ScoreLine.comments(s));
        }
    }

    /** Highlights the focused card (of a chain; -1: none) and scrolls it into view; marks the best and worst. */
    public void mark(int focused, Integer best, Integer worst, boolean noneAcceptable) {
        boolean chain = shown.size() > 1;
        for (int i = 0; i < shown.size(); i++) {
            boolean isBest = Integer.valueOf(i).equals(best);
            boolean isWorst = !isBest && Integer.valueOf(i).equals(worst);
            shown.get(i).mark(chain && i == focused, isBest ? "★ best" : isWorst ? noneAcceptable
                    ? "✗ worst (none acceptable)" : "✗ worst" : null,
                    isBest ? Styles.ATTEMPT_BEST : Styles.ATTEMPT_WORST);
        }
        if (chain && focused >= 0 && focused < shown.size()) {
            Scrolling.reveal(this, shown.get(focused), false);
        }
    }
}
