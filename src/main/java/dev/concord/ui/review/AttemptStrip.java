package dev.concord.ui.review;

import dev.concord.model.Attempt;
import dev.concord.model.EvaluatorScore;
import dev.concord.model.FlaggedItem;
import dev.concord.model.Rating;
import dev.concord.ui.common.MessageBubble;
import dev.concord.ui.common.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The answers under review side by side (for a retry chain every attempt), with the focused attempt and the
 * best and worst marks of a draft shown on the cards.
 */
public final class AttemptStrip extends ScrollPane {
    public static final String ID = "attemptStrip";
    /** Id of an attempt card's evaluator score line, followed by the attempt's position. */
    public static final String SCORES_ID_PREFIX = "attemptScores";
    /** Id of an attempt card's tool calls (an answer that calls tools), followed by the attempt's position. */
    public static final String CALLS_ID_PREFIX = "attemptCalls";
    private final HBox cards = new HBox(8);
    private final List<VBox> shown = new ArrayList<>();
    private final List<Label> marks = new ArrayList<>();
    private final List<Label> scoreLines = new ArrayList<>();
    private final List<String> generations = new ArrayList<>();

    public AttemptStrip() {
        setId(ID);
        setContent(cards);
        setFitToHeight(true);
        setFitToWidth(true);
    }

    public void show(FlaggedItem item) {
        cards.getChildren().clear();
        shown.clear();
        marks.clear();
        scoreLines.clear();
        generations.clear();
        if (item == null) {
            return;
        }
        int n = item.attempts().size();
        for (Attempt a : item.attempts()) {
            Label header = new Label(n == 1 ? "Answer" : "Attempt " + (a.position() + 1) + " of " + n);
            header.getStyleClass().add(Styles.ATTEMPT_HEADER);
            Label mark = new Label();
            mark.getStyleClass().add(Styles.PICK_BADGE);
            mark.setVisible(false);
            HBox top = new HBox(6, header, mark);
            if (a.rating() != null) {
                Label badge = new Label(a.rating() == Rating.UP ? "▲ up-voted" : "▼ down-voted");
                badge.getStyleClass().addAll(Styles.BADGE, a.rating() == Rating.UP ? Styles.BADGE_UP : Styles.BADGE_DOWN);
                top.getChildren().add(badge);
            }
            TextArea output = new TextArea(a.output());
            output.setEditable(false);
            output.setWrapText(true);
            output.setFocusTraversable(false);
            output.getStyleClass().add(Styles.ATTEMPT_OUTPUT);
            VBox.setVgrow(output, Priority.ALWAYS);
            VBox card = new VBox(4, top);
            if (!a.output().isEmpty() || a.toolCalls().isEmpty()) {
                card.getChildren().add(output);
            }
            MessageBubble calls = MessageBubble.answerCalls(a.toolCalls());
            if (calls != null) {
                calls.setId(CALLS_ID_PREFIX + a.position());
                card.getChildren().add(calls);
            }
            if (a.comment() != null && !a.comment().isBlank()) {
                Label comment = new Label("User: “" + a.comment() + "”");
                comment.setWrapText(true);
                comment.getStyleClass().add(Styles.MUTED);
                card.getChildren().add(1, comment);
            }
            Label scores = new Label();
            scores.setId(SCORES_ID_PREFIX + a.position());
            scores.setWrapText(true);
            scores.getStyleClass().add(Styles.MUTED);
            scores.setManaged(false);
            scores.setVisible(false);
            card.getChildren().add(scores);
            card.getStyleClass().add(Styles.ATTEMPT_CARD);
            card.setMinWidth(190);
            card.setPrefWidth(n == 1 ? 600 : 220);
            HBox.setHgrow(card, Priority.ALWAYS);
            cards.getChildren().add(card);
            shown.add(card);
            marks.add(mark);
            scoreLines.add(scores);
            generations.add(a.generationId());
        }
    }

    /** Shows each card's evaluator scores (generation id to scores; a card without any shows nothing). */
    public void showScores(Map<String, List<EvaluatorScore>> byGeneration) {
        for (int i = 0; i < scoreLines.size(); i++) {
            List<EvaluatorScore> s = byGeneration.getOrDefault(generations.get(i), List.of());
            Label line = scoreLines.get(i);
            line.setText(ItemScores.describe(s));
            String comments = ItemScores.comments(s);
            line.setTooltip(comments.isEmpty() ? null : new Tooltip(comments));
            line.setManaged(!s.isEmpty());
            line.setVisible(!s.isEmpty());
        }
    }

    /** Highlights the focused card and marks the best and worst ones. */
    public void mark(int focused, Integer best, Integer worst, boolean noneAcceptable) {
        boolean chain = shown.size() > 1;
        for (int i = 0; i < shown.size(); i++) {
            VBox card = shown.get(i);
            card.getStyleClass().removeAll(Styles.ATTEMPT_FOCUSED, Styles.ATTEMPT_BEST, Styles.ATTEMPT_WORST);
            if (chain && i == focused) {
                card.getStyleClass().add(Styles.ATTEMPT_FOCUSED);
            }
            Label mark = marks.get(i);
            String text = null;
            if (Integer.valueOf(i).equals(best)) {
                text = "★ best";
                card.getStyleClass().add(Styles.ATTEMPT_BEST);
            } else if (Integer.valueOf(i).equals(worst)) {
                text = noneAcceptable ? "✗ worst (none acceptable)" : "✗ worst";
                card.getStyleClass().add(Styles.ATTEMPT_WORST);
            }
            mark.setText(text);
            mark.setVisible(text != null);
        }
        if (chain && focused >= 0 && focused < shown.size()) {
            double w = cards.getWidth() - getViewportBounds().getWidth();
            if (w > 0) {
                setHvalue(shown.get(focused).getBoundsInParent().getMinX() / w);
            }
        }
    }
}
