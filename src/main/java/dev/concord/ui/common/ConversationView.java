package dev.concord.ui.common;

import dev.concord.model.FlaggedItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The conversation that led to an item, one {@link MessageBubble} per message (text as Markdown, tool calls
 * collapsed), scrollable; when an item opens, the latest user turn is scrolled to the top of the view.
 */
public final class ConversationView extends ScrollPane {
    public static final String STYLE = "conversation";
    private final VBox messages = new VBox(6);

    public ConversationView() {
        setContent(messages);
        setFitToWidth(true);
        messages.getStyleClass().add(STYLE);
    }

    public void show(FlaggedItem item) {
        messages.getChildren().clear();
        setVvalue(0);
        if (item == null) {
            return;
        }
        List<MessageBubble> bubbles = MessageBubble.of(item.prompt());
        messages.getChildren().addAll(bubbles);
        bubbles.stream().filter(MessageBubble::isUser).reduce((first, second) -> second)
                .ifPresent(latest -> Scrolling.reveal(this, latest, true));
    }

    /** The bubbles shown, in order. */
    public List<MessageBubble> bubbles() {
        return messages.getChildren().stream().map(MessageBubble.class::cast).toList();
    }
}
