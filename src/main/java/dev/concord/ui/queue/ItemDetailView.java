package dev.concord.ui.queue;

import dev.concord.model.FlagReason;
import dev.concord.model.FlaggedItem;
import dev.concord.ui.common.AttemptStrip;
import dev.concord.ui.common.ConversationView;
import dev.concord.ui.common.Styles;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The selected item: its reasons, the conversation that led to it (latest user turn in view), and every attempt of
 * its retry chain side by side, each with what the user did to it.
 */
public final class ItemDetailView extends VBox {
    public static final String ATTEMPTS_ID = "attemptsPane";
    public static final String CONVERSATION_ID = "conversationPane";
    public static final String REASONS_ID = "reasonsPane";

    private final FlowPane reasons = new FlowPane(6, 6);
    private final ConversationView conversation = new ConversationView();
    private final AttemptStrip attempts = new AttemptStrip();
    private final Label placeholder = new Label("Select an item in the queue to see its conversation and attempts.");

    public ItemDetailView(ReadOnlyObjectProperty<FlaggedItem> item) {
        getStyleClass().add("item-detail");
        setSpacing(8);
        setPadding(new Insets(10));
        reasons.setId(REASONS_ID);
        conversation.setId(CONVERSATION_ID);
        attempts.cards().setId(ATTEMPTS_ID);
        placeholder.getStyleClass().add(Styles.PLACEHOLDER);
        placeholder.setWrapText(true);
        conversation.setPrefViewportHeight(220);
        VBox.setVgrow(attempts, Priority.ALWAYS);

        Label conversationTitle = title("Conversation");
        Label attemptsTitle = title("Attempts");
        getChildren().addAll(placeholder, reasons, conversationTitle, conversation, attemptsTitle, attempts);
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
        conversation.show(item);
        attempts.show(item);
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
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.SECTION_TITLE);
        return l;
    }
}
