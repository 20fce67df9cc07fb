package dev.concord.ui.common;

import dev.concord.model.Attempt;
import dev.concord.model.Rating;
import dev.concord.ui.common.markdown.MarkdownView;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One attempt (answer) of an item, the same on every screen: heading, model and time, what the user did to it as
 * badges that wrap (rating, copied, edited, the user's comment), the viewer's own best/worst mark, and the output
 * rendered as Markdown. It shows the attempt and the viewing reviewer's own marks only, never another reviewer's
 * label or correction, so a blind screen stays blind.
 */
public final class AttemptCard extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());
    /** Id of a card's evaluator score line, followed by the attempt's position. */
    public static final String SCORES_ID_PREFIX = "attemptScores";
    /** Id of a card's tool calls (an answer that calls tools), followed by the attempt's position. */
    public static final String CALLS_ID_PREFIX = "attemptCalls";
    private final Label mark = new Label();
    private final Label scores = new Label();
    private final FlowPane badges = new FlowPane(4, 4);

    /** @param of how many attempts the item has: one is called "Answer", several "Attempt i of n" */
    public AttemptCard(Attempt a, int of) {
        super(4);
        getStyleClass().add(Styles.ATTEMPT_CARD);
        Label header = new Label(of == 1 ? "Answer" : "Attempt " + (a.position() + 1) + " of " + of);
        header.getStyleClass().add(Styles.ATTEMPT_HEADER);
        header.setMinWidth(Label.USE_PREF_SIZE);
        mark.getStyleClass().add(Styles.PICK_BADGE);
        mark.setVisible(false);
        mark.setManaged(false);
        badges.getStyleClass().add(Styles.ATTEMPT_BADGES);
        badges.getChildren().addAll(header, mark);
        // Model and time are separate pieces, so a narrow card wraps them whole instead of cutting the time.
        if (a.model() != null) {
            badges.getChildren().add(muted(a.model()));
        }
        badges.getChildren().add(muted(TIME.format(a.ts())));
        if (a.rating() != null) {
            badges.getChildren().add(badge(a.rating() == Rating.UP ? "▲ up-voted" : "▼ down-voted",
                    a.rating() == Rating.UP ? Styles.BADGE_UP : Styles.BADGE_DOWN));
        }
        if (a.copied()) {
            badges.getChildren().add(badge("copied", Styles.BADGE));
        }
        if (a.edited()) {
            badges.getChildren().add(badge("edited", Styles.BADGE));
        }
        getChildren().add(badges);
        if (a.comment() != null && !a.comment().isBlank()) {
            Label comment = new Label("User: “" + a.comment() + "”");
            comment.setWrapText(true);
            comment.getStyleClass().add(Styles.MUTED);
            getChildren().add(comment);
        }
        if (!a.output().isEmpty() || a.toolCalls().isEmpty()) {
            MarkdownView output = new MarkdownView(a.output(), MarkdownView.Fit.SCROLL);
            output.getStyleClass().add(Styles.ATTEMPT_OUTPUT);
            VBox.setVgrow(output, Priority.ALWAYS);
            getChildren().add(output);
        }
        MessageBubble calls = MessageBubble.answerCalls(a.toolCalls());
        if (calls != null) {
            calls.setId(CALLS_ID_PREFIX + a.position());
            getChildren().add(calls);
        }
        scores.setId(SCORES_ID_PREFIX + a.position());
        scores.setWrapText(true);
        scores.getStyleClass().add(Styles.MUTED);
        showScores("", "");
        getChildren().add(scores);
        setMinWidth(200);
        setPrefWidth(of == 1 ? 600 : 280);
        HBox.setHgrow(this, Priority.ALWAYS);
    }

    /** Shows the evaluator scores of the attempt's generation ("" hides the line) and their comments as a tooltip. */
    public void showScores(String line, String comments) {
        scores.setText(line);
        scores.setTooltip(comments.isEmpty() ? null : new Tooltip(comments));
        scores.setManaged(!line.isEmpty());
        scores.setVisible(!line.isEmpty());
    }

    /** Shows the viewer's focus on this card and its best or worst mark ({@code null}: none). */
    public void mark(boolean focused, String pick, String pickStyle) {
        getStyleClass().removeAll(Styles.ATTEMPT_FOCUSED, Styles.ATTEMPT_BEST, Styles.ATTEMPT_WORST);
        if (focused) {
            getStyleClass().add(Styles.ATTEMPT_FOCUSED);
        }
        if (pick != null) {
            getStyleClass().add(pickStyle);
        }
        mark.setText(pick);
        mark.setVisible(pick != null);
        mark.setManaged(pick != null);
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.MUTED);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private static Label badge(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().addAll(Styles.BADGE, style);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }
}
