package dev.concord.ui.queue;

import dev.concord.ui.common.Styles;
import javafx.animation.PauseTransition;
import javafx.beans.property.StringProperty;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.util.Duration;
import org.controlsfx.control.textfield.TextFields;

/**
 * The Queue's search field (ControlsFX's clearable text field): the search runs when typing pauses, at once on
 * Enter; Esc or the clear button clears it. Shortcut+F focuses it.
 */
final class QueueSearchField {
    public static final String ID = "queueSearch";
    /** Focuses the search field while the Queue tab shows. */
    public static final KeyCombination FOCUS = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final Duration PAUSE = Duration.millis(350);

    private QueueSearchField() {
    }

    static TextField create(StringProperty search) {
        TextField field = TextFields.createClearableTextField();
        field.setId(ID);
        field.setPromptText("Search prompt, answers, id, session");
        field.setPrefColumnCount(22);
        field.getStyleClass().add(Styles.QUEUE_SEARCH);
        field.setTooltip(new Tooltip("Search the queue (Ctrl+F); Enter searches at once, Esc clears"));
        field.setText(search.get());
        PauseTransition typing = new PauseTransition(PAUSE);
        typing.setOnFinished(e -> search.set(field.getText()));
        field.textProperty().addListener((obs, old, now) -> {
            if (now == null || now.isBlank()) {
                typing.stop();
                search.set("");
            } else {
                typing.playFromStart();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                typing.stop();
                search.set(field.getText());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && !field.getText().isEmpty()) {
                field.clear();
                e.consume();
            }
        });
        search.addListener((obs, old, now) -> {
            if (now != null && now.isEmpty() && !field.getText().isEmpty()) {
                field.clear();
            }
        });
        return field;
    }
}
