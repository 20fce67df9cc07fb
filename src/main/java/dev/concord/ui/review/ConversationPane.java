package dev.concord.ui.review;

import dev.concord.model.FlaggedItem;
import dev.concord.ui.common.MessageBubble;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** The conversation that led to an item, one bubble per message (tool calls collapsed), scrollable. */
public final class ConversationPane extends ScrollPane {
    private final VBox messages = new VBox(6);

    public ConversationPane() {
        setContent(messages);
        setFitToWidth(true);
        messages.getStyleClass().add("conversation");
    }

    public void show(FlaggedItem item) {
        messages.getChildren().clear();
        if (item == null) {
            return;
        }
        messages.getChildren().addAll(MessageBubble.of(item.prompt()));
        setVvalue(1.0);
    }
}
