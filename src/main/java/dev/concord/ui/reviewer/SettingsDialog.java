package dev.concord.ui.reviewer;

import dev.concord.review.AssignmentMode;
import dev.concord.review.ReviewSettings;
import dev.concord.ui.common.ErrorMarks;
import dev.concord.ui.common.Styles;
import dev.concord.ui.reviewer.SettingsViewModel.LabelRow;
import dev.concord.ui.reviewer.SettingsViewModel.ReviewerRow;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Project settings: the label set (key, name; Delete removes), the overlap and its maximum, the assignment mode, leads;
 * and, in a second tab, the project's own redaction rules.
 */
public final class SettingsDialog extends Dialog<ButtonType> {
    public static final String LABELS_ID = "labelsTable";
    public static final String OVERLAP_ID = "overlapSpinner";
    public static final String ERROR_ID = "settingsError";
    public static final String LEADS_ID = "leadsTable";
    public static final String MODE_ID = "assignmentMode";
    public static final String MAX_ID = "maxReviewsSpinner";

    public static final String RULES_TAB_ID = "rulesTab";

    public SettingsDialog(Window owner, SettingsViewModel vm, RulesViewModel rulesVm) {
        initOwner(owner);
        setTitle("Project settings");
        setHeaderText("Labels reviewers choose from (each with its number key), and how many reviewers each item needs.");
        TableView<LabelRow> labels = new TableView<>(vm.labels());
        labels.setId(LABELS_ID);
        labels.setEditable(true);
        labels.setPrefHeight(250);
        labels.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<LabelRow, String> key = new TableColumn<>("Key");
        key.setCellValueFactory(c -> c.getValue().keyProperty());
        key.setCellFactory(TextFieldTableCell.forTableColumn());
        key.setPrefWidth(50);
        TableColumn<LabelRow, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(c -> c.getValue().nameProperty());
        name.setCellFactory(TextFieldTableCell.forTableColumn());
        name.setPrefWidth(220);
        TableColumn<LabelRow, String> id = new TableColumn<>("Stored as");
        id.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().id() + (c.getValue().isNew() ? " (new)" : "")));
        id.setEditable(false);
        id.setPrefWidth(150);
        labels.getColumns().addAll(java.util.List.of(key, name, id));
        labels.setOnKeyPressed(e -> {
            LabelRow row = labels.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.DELETE && row != null && labels.getEditingCell() == null) {
                vm.remove(row);
                e.consume();
            }
        });
        Button add = new Button("_Add label");
        add.setOnAction(e -> {
            LabelRow row = vm.addLabel();
            labels.getSelectionModel().select(row);
            labels.edit(vm.labels().indexOf(row), name);
        });
        Button remove = new Button("_Remove label");
        remove.setOnAction(e -> {
            LabelRow row = labels.getSelectionModel().getSelectedItem();
            if (row != null) {
                vm.remove(row);
            }
        });
        remove.disableProperty().bind(labels.getSelectionModel().selectedItemProperty().isNull());
        Spinner<Integer> overlap = new Spinner<>(1, ReviewSettings.MAX_OVERLAP, vm.overlapProperty().get());
        overlap.setId(OVERLAP_ID);
        overlap.setEditable(true);
        overlap.setPrefWidth(80);
        overlap.valueProperty().addListener((obs, old, now) -> vm.overlapProperty().set(now));
        Spinner<Integer> max = new Spinner<>(1, ReviewSettings.MAX_REVIEWS, vm.maxReviewsProperty().get());
        max.setId(MAX_ID);
        max.setEditable(true);
        max.setPrefWidth(80);
        max.valueProperty().addListener((obs, old, now) -> vm.maxReviewsProperty().set(now));
        vm.maxReviewsProperty().addListener((obs, old, now) -> max.getValueFactory().setValue(now.intValue()));
        ComboBox<AssignmentMode> mode = new ComboBox<>();
        mode.setId(MODE_ID);
        mode.getItems().addAll(AssignmentMode.values());
        mode.valueProperty().bindBidirectional(vm.modeProperty());
        Label modeHint = new Label("Complete overlap first: items others started come first, oldest first, so reviewers "
                + "overlap and agreement can be measured early. Spread first: every item gets one review before any gets "
                + "a second. An item the consensus policy does not accept gets one more reviewer at a time, up to the "
                + "maximum; a lead's decision ends that.");
        modeHint.getStyleClass().add(Styles.MUTED);
        modeHint.setWrapText(true);
        TableView<ReviewerRow> leads = new TableView<>(vm.reviewers());
        leads.setId(LEADS_ID);
        leads.setEditable(vm.leadsEditable());
        leads.setPrefHeight(140);
        leads.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ReviewerRow, String> who = new TableColumn<>("Reviewer");
        who.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        who.setPrefWidth(240);
        TableColumn<ReviewerRow, Boolean> lead = new TableColumn<>("Lead");
        lead.setCellValueFactory(c -> c.getValue().leadProperty());
        lead.setCellFactory(CheckBoxTableCell.forTableColumn(lead));
        lead.setPrefWidth(60);
        leads.getColumns().addAll(java.util.List.of(who, lead));
        leads.setPlaceholder(new Label("No reviewers yet."));
        ErrorMarks marks = new ErrorMarks(vm.errorProperty());
        marks.mark(labels, e -> true);
        Label error = new Label();
        error.setId(ERROR_ID);
        error.getStyleClass().add(Styles.FORM_MESSAGE);
        error.textProperty().bind(vm.errorProperty());
        error.setWrapText(true);
        Label hint = new Label("Double-click a key or name to edit it. Removing a label keeps the reviews that used it.");
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);
        VBox box = new VBox(8, labels, hint, new HBox(8, add, remove),
                new HBox(8, new Label("Reviewers per item (overlap)"), overlap, new Label("at most"), max),
                new HBox(8, new Label("Assignment"), mode), modeHint, new Label(vm.leadsEditable() ? "Leads"
                : "Leads (team roles: the database owner runs concord team add NAME --lead)"), leads, error);
        box.setPrefWidth(520);
        Tab rulesTab = new Tab("Redaction rules", new RulesEditor(rulesVm));
        rulesTab.setId(RULES_TAB_ID);
        // Scrolls rather than growing past the window (a 700-pixel-high screen has no room for all of it).
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(owner == null ? 560 : Math.max(260, Math.min(560, owner.getHeight() - 250)));
        TabPane tabs = new TabPane(new Tab("Review", scroll), rulesTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        getDialogPane().setContent(tabs);
        getDialogPane().getStylesheets().addAll(Styles.stylesheets());
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        // Saving runs in the background; the dialog closes once the settings and the rules are stored.
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(vm.savingProperty());
        getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            overlap.increment(0);
            max.increment(0);
            if (!rulesVm.validProperty().get()) {
                tabs.getSelectionModel().select(rulesTab);
            } else {
                vm.save(() -> rulesVm.save(() -> setResult(ButtonType.OK)));
            }
        });
    }
}
