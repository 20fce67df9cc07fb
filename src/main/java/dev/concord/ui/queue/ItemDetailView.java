package dev.concord.ui.queue;

import dev.concord.model.Attempt;
import dev.concord.model.FlagReason;
import dev.concord.model.FlaggedItem;
import dev.concord.model.Rating;
import dev.concord.ui.common.MessageBubble;
import dev.concord.ui.common.Styles;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The selected item: its reasons, the conversation that led to it, and every attempt of its retry chain
 * side by side, each with what the user did to it.
 */
public final class ItemDetailView extends VBox {
    public static final String ATTEMPTS_ID = "attemptsPane";
    public static final String CONVERSATION_ID = "conversationPane";
    public static final String REASONS_ID = "reasonsPane";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final FlowPane reasons = new FlowPane(6, 6);
    private final VBox conversation = new VBox(6);
    private final HBox attempts = new HBox(10);
    private final Label placeholder = new Label("Select an item in the queue to see its conversation and attempts.");

    public ItemDetailView(ReadOnlyObjectProperty<FlaggedItem> item) {
        getStyleClass().add("item-detail");
        setSpacing(8);
        setPadding(new Insets(10));
        reasons.setId(REASONS_ID);
        conversation.setId(CONVERSATION_ID);
        attempts.setId(ATTEMPTS_ID);
        placeholder.getStyleClass().add(Styles.PLACEHOLDER);
        placeholder.setWrapText(true);

        ScrollPane conversationScroll = new ScrollPane(conversation);
        conversationScroll.setFitToWidth(true);
        conversationScroll.setPrefViewportHeight(220);
        ScrollPane attemptsScroll = new ScrollPane(attempts);
        attemptsScroll.setFitToHeight(true);
        attemptsScroll.setFitToWidth(true);
        VBox.setVgrow(attemptsScroll, Priority.ALWAYS);

        Label conversationTitle = title("Conversation");
        Label attemptsTitle = title("Attempts");
        getChildren().addAll(placeholder, reasons, conversationTitle, conversationScroll, attemptsTitle, attemptsScroll);
        item.addListener((obs, old, now) -> show(now));
        show(item.get());
    }

    private void show(FlaggedItem item) {
        boolean has = item != null;
        getChildren().forEach(n -> {
            n.setVisible(has != (n == placeholder));
            n.setManaged(n.isVisible());
        });
        reasons.getChildren().clear();
        conversation.getChildren().clear();
        attempts.getChildren().clear();
        if (!has) {
            return;
        }
        for (FlagReason r : item.reasons()) {
            Label chip = new Label(r.label());
            chip.getStyleClass().add(Styles.REASON_CHIP);
            reasons.getChildren().add(chip);
        }
        Label session = new Label("session " + item.session() + " · " + item.id());
        session.getStyleClass().add(Styles.MUTED);
        reasons.getChildren().add(session);
        conversation.getChildren().addAll(MessageBubble.of(item.prompt()));
        for (Attempt a : item.attempts()) {
            attempts.getChildren().add(card(a, item.attempts().size()));
        }
    }

    private static VBox card(Attempt a, int of) {
        Label header = new Label("Attempt " + (a.position() + 1) + " of " + of);
        header.getStyleClass().add(Styles.ATTEMPT_HEADER);
        Label meta = new Label((a.model() == null ? "" : a.model() + " · ") + TIME.format(a.ts()));
        meta.getStyleClass().add(Styles.MUTED);
        HBox badges = new HBox(4);
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
        TextArea output = new TextArea(a.output());
        output.setEditable(false);
        output.setWrapText(true);
        output.getStyleClass().add(Styles.ATTEMPT_OUTPUT);
        VBox.setVgrow(output, Priority.ALWAYS);
        VBox card = new VBox(6, header, meta, badges);
        if (!a.output().isEmpty() || a.toolCalls().isEmpty()) {
            card.getChildren().add(output);
        }
        MessageBubble calls = MessageBubble.answerCalls(a.toolCalls());
        if (calls != null) {
            card.getChildren().add(calls);
        }
        if (a.comment() != null && !a.comment().isBlank()) {
            Label comment = new Label("User: “" + a.comment() + "”");
            comment.setWrapText(true);
            comment.getStyleClass().add(Styles.MUTED);
            card.getChildren().add(3, comment);
        }
        card.getStyleClass().add(Styles.ATTEMPT_CARD);
        card.setMinWidth(260);
        card.setPrefWidth(340);
        HBox.setHgrow(card, Priority.ALWAYS);
        return card;
    }

    private static Label badge(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().addAll(Styles.BADGE, style);
        return l;
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.SECTION_TITLE);
        return l;
    }
}
