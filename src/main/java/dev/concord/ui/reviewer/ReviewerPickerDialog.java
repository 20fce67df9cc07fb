package dev.concord.ui.reviewer;

import dev.concord.review.Reviewer;
import dev.concord.ui.common.Styles;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Optional;

/**
 * "Who is reviewing?": the reviewers in the store (arrows + Enter), or a typed name to add (Enter), optionally as
 * a lead.
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
        Reviewer[] chosen = new Reviewer[1];
        getDialogPane().lookupButton(start).addEventFilter(ActionEvent.ACTION, e -> {
            Optional<Reviewer> r = vm.confirm();
            if (r.isEmpty()) {
                e.consume();
            } else {
                chosen[0] = r.get();
            }
        });
        setResultConverter(b -> b == start ? chosen[0] : null);
        Platform.runLater(() -> (vm.reviewers().isEmpty() ? name : list).requestFocus());
    }
}
