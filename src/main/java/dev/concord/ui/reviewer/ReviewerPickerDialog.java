package dev.concord.ui.reviewer;

import dev.concord.review.Reviewer;
import dev.concord.ui.common.Styles;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Optional;

/**
 * "Who is reviewing?": the reviewers in the store (arrows, then Enter or a double-click), or a typed name to add
 * (Enter), optionally as a lead (Space ticks the box, Enter there submits too). Esc cancels.
 */
public final class ReviewerPickerDialog extends Dialog<Reviewer> {
    public static final String LIST_ID = "reviewerList";
    public static final String NAME_ID = "newReviewerName";
    public static final String LEAD_ID = "newReviewerLead";
    public static final String ERROR_ID = "reviewerPickerError";

    public ReviewerPickerDialog(Window owner, ReviewerPickerViewModel vm) {
        initOwner(owner);
        setTitle("Who is reviewing?");
        setHeaderText("Pick yourself, or type your name to join. Your reviews are kept under this name.");
        ListView<Reviewer> list = new ListView<>(vm.reviewers());
        list.setId(LIST_ID);
        list.setPrefHeight(180);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Reviewer r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.name() + (r.lead() ? "  · lead" : ""));
            }
        });
        list.setPlaceholder(new Label("No reviewers yet: type your name below."));
        list.getSelectionModel().select(vm.selectedProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.selectedProperty().set(now));
        TextField name = new TextField();
        name.setId(NAME_ID);
        name.setPromptText("New reviewer's name, then Enter");
        name.textProperty().bindBidirectional(vm.newNameProperty());
        CheckBox lead = new CheckBox("Lead (settles disagreements)");
        lead.setId(LEAD_ID);
        lead.selectedProperty().bindBidirectional(vm.newLeadProperty());
        Label error = new Label();
        error.setId(ERROR_ID);
        error.getStyleClass().add(Styles.FORM_MESSAGE);
        error.textProperty().bind(vm.errorProperty());
        VBox box = new VBox(8, new Label("Reviewers"), list, new Label("Or add a reviewer"), name, lead, error);
        box.setPrefWidth(380);
        getDialogPane().setContent(box);
        getDialogPane().getStylesheets().addAll(Styles.stylesheets());
        ButtonType start = new ButtonType("Start reviewing", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(start, ButtonType.CANCEL);
        // A typed name is added in the background; the dialog closes once it is stored (a second Enter meanwhile
        // does nothing).
        Button startButton = (Button) getDialogPane().lookupButton(start);
        startButton.disableProperty().bind(vm.busyProperty());
        startButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.confirm(this::choose);
        });
        setResultConverter(b -> null);
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                pickSelected(vm);
            }
        });
        list.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                pickSelected(vm);
            }
        });
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                setResult(null);
                close();
            }
        });
        lead.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                startButton.fire();
            }
        });
        Platform.runLater(() -> (vm.reviewers().isEmpty() ? name : list).requestFocus());
    }

    private void pickSelected(ReviewerPickerViewModel vm) {
        vm.confirmSelected().ifPresent(this::choose);
    }

    private void choose(Reviewer r) {
        setResult(r);
        close();
    }
}
