package dev.concord.ui.review;

import dev.concord.model.FlaggedItem;
import dev.concord.model.Message;
import dev.concord.ui.common.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** The conversation that led to an item, one bubble per message, scrollable. */
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
        for (Message m : item.prompt()) {
            Label role = new Label(m.role());
            role.getStyleClass().add(Styles.MESSAGE_ROLE);
            Label text = new Label(m.content());
            text.setWrapText(true);
            VBox box = new VBox(2, role, text);
            box.getStyleClass().addAll(Styles.MESSAGE, Styles.ROLE_PREFIX + m.role());
            messages.getChildren().add(box);
        }
        setVvalue(1.0);
    }
}
