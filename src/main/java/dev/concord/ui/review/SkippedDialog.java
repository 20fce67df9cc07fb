package dev.concord.ui.review;

import dev.concord.review.Skip;
import dev.concord.ui.common.Styles;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The reviewer's skipped items: Enter (or double-click, or "Take back") takes one back and opens it; Esc closes. */
final class SkippedDialog extends Dialog<Skip> {
    static final String LIST_ID = "skippedList";
    static final ButtonType TAKE_BACK = new ButtonType("Take back and review  (Enter)", ButtonBar.ButtonData.OK_DONE);

    SkippedDialog(Window owner, ItemChooser chooser) {
        initOwner(owner);
        setTitle("Skipped items");
        setHeaderText("Items you skipped are not offered to you again until you take them back.");
        ListView<Skip> list = new ListView<>(chooser.skipped());
        list.setId(LIST_ID);
        list.setPrefSize(620, 320);
        list.setPlaceholder(new Label("You have not skipped anything."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Skip s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.itemId() + "  ·  " + s.headline());
            }
        });
        Label hint = new Label("↑ ↓ choose · Enter takes back and opens it · Esc closes");
        hint.getStyleClass().add(Styles.MUTED);
        getDialogPane().setContent(new VBox(8, list, hint));
        getDialogPane().getStylesheets().addAll(Styles.stylesheets());
        getDialogPane().getButtonTypes().addAll(TAKE_BACK, ButtonType.CLOSE);
        getDialogPane().lookupButton(TAKE_BACK).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                setResult(list.getSelectionModel().getSelectedItem());
                close();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                setResult(list.getSelectionModel().getSelectedItem());
                close();
                e.consume();
            }
        });
        setResultConverter(b -> b == TAKE_BACK ? list.getSelectionModel().getSelectedItem() : null);
        setOnShown(e -> {
            list.requestFocus();
            if (!list.getItems().isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
        });
    }
}
