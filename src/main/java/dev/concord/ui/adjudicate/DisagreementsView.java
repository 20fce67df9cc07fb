package dev.concord.ui.adjudicate;

import dev.concord.review.Disagreement;
import dev.concord.review.LabelSet;
import dev.concord.ui.common.Styles;
import dev.concord.ui.compare.CompareView;
import dev.concord.ui.review.AttemptStrip;
import dev.concord.ui.review.ConversationPane;
import dev.concord.ui.review.LabelBar;
import dev.concord.ui.review.ShortcutBar;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Disagreements for leads: the list (most disagreed first, decided ones marked and last), and for the selected
 * item its conversation, attempts, every review side by side and the decision form. Keys: {@link DisagreementKeys}.
 */
public final class DisagreementsView extends BorderPane {
    public static final String ID = "disagreementsView";
    public static final String TABLE_ID = "disagreementsTable";
    public static final String CORRECTION_ID = "decisionCorrection";
    public static final String MESSAGE_ID = "decisionMessage";
    public static final String PLACEHOLDER_ID = "disagreementsPlaceholder";

    private final DisagreementsViewModel vm;
    private final TableView<Disagreement> table = new TableView<>();
    private final ConversationPane conversation = new ConversationPane();
    private final AttemptStrip attempts = new AttemptStrip();
    private final LabelBar labels = new LabelBar();
    private final TextArea correction = new TextArea();
    private final Label placeholder = new Label();
    private final ShortcutBar keys = new ShortcutBar();
    private final SplitPane detail;
    private boolean syncing;

    public DisagreementsView(DisagreementsViewModel vm) {
        this.vm = vm;
        setId(ID);
        setFocusTraversable(true);
        getStyleClass().add(Styles.REVIEW_VIEW);
        table.setId(TABLE_ID);
        table.setItems(vm.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No disagreements: items appear here once they reach their overlap with different labels."));
        table.getColumns().add(column("Labels", 150, d -> d.labelCounts().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(" · "))));
        table.getColumns().add(column("Decided", 75, d -> d.decided() ? "✓ " + d.decidedBy() : ""));
        table.getColumns().add(column("Prompt", 160, Disagreement::headline));
        table.getColumns().forEach(c -> c.setSortable(false));
        table.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                vm.select(now.intValue());
            }
        });
        vm.selectedIndexProperty().addListener((obs, old, now) -> syncSelection(now.intValue()));
        Label count = new Label();
        count.getStyleClass().add(Styles.SECTION_TITLE);
        count.textProperty().bind(vm.totalProperty().asString("Disagreements (%,d)"));
        VBox list = new VBox(6, count, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        list.setPadding(new Insets(8));
        list.setMinWidth(300);

        detail = new SplitPane(new SplitPane(conversation, attempts), new CompareView(vm.compare(), ""), decisionForm());
        detail.setOrientation(Orientation.VERTICAL);
        detail.setDividerPositions(0.26, 0.64);
        ((SplitPane) detail.getItems().get(0)).setDividerPositions(0.4);
        placeholder.setId(PLACEHOLDER_ID);
        placeholder.getStyleClass().add(Styles.PLACEHOLDER);
        placeholder.setWrapText(true);
        SplitPane split = new SplitPane(list, new BorderPane());
        split.setDividerPositions(0.34);
        setCenter(split);
        keys.setPadding(new Insets(6, 10, 6, 10));
        setBottom(keys);

        vm.compare().itemProperty().addListener((obs, old, now) -> {
            conversation.show(now);
            attempts.show(now);
        });
        vm.labelProperty().addListener((obs, old, now) -> labels.select(now));
        vm.selectedProperty().addListener((obs, old, now) -> showDetail(split));
        vm.leadProperty().addListener((obs, old, now) -> showDetail(split));
        vm.workbench().settingsProperty().addListener((obs, old, now) -> showLabels(now.labels()));
        addEventFilter(javafx.scene.input.KeyEvent.ANY, new DisagreementKeys(vm, this));
        showLabels(vm.workbench().settings().labels());
        showDetail(split);
    }

    private VBox decisionForm() {
        Label title = new Label("Final decision");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        correction.setId(CORRECTION_ID);
        correction.setWrapText(true);
        correction.getStyleClass().add(Styles.CORRECTION_EDITOR);
        correction.textProperty().bindBidirectional(vm.correctionProperty());
        TextField note = new TextField();
        note.setPromptText("Why (optional)");
        note.textProperty().bindBidirectional(vm.noteProperty());
        Button decide = new Button("Decide  (Ctrl+Enter)");
        decide.setFocusTraversable(false);
        decide.setOnAction(e -> vm.decide());
        Label message = new Label();
        message.setId(MESSAGE_ID);
        message.getStyleClass().add(Styles.FORM_INFO);
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        vm.problemProperty().addListener((obs, old, now) -> message.getStyleClass()
                .setAll("label", now ? Styles.FORM_MESSAGE : Styles.FORM_INFO));
        Label decided = new Label();
        decided.getStyleClass().add(Styles.DECIDED);
        decided.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.decisionProperty().get() == null
                ? "" : "Decided by " + vm.decisionProperty().get().leadName() + ": "
                + vm.workbench().settings().labels().nameOf(vm.decisionProperty().get().label()), vm.decisionProperty()));
        VBox left = new VBox(6, title, labels, decided);
        left.setPrefWidth(330);
        left.setMinWidth(260);
        HBox.setHgrow(correction, Priority.ALWAYS);
        VBox right = new VBox(6, decide, message);
        right.setPrefWidth(200);
        HBox row = new HBox(12, left, new VBox(6, new Label("Correction: Ctrl+1–9 takes one, E edits"), correction, note), right);
        HBox.setHgrow(row.getChildren().get(1), Priority.ALWAYS);
        VBox.setVgrow(correction, Priority.ALWAYS);
        VBox box = new VBox(row);
        box.setPadding(new Insets(8));
        box.getStyleClass().add(Styles.REVIEW_FORM);
        return box;
    }

    private void showLabels(LabelSet set) {
        keys.show("J K", "next / previous item", "Ctrl+1–9", "take a reviewer's review", LabelBar.keyRange(set), "label",
                "E", "edit correction", "Esc", "leave editor", "Ctrl+Enter", "decide");
        labels.show(set, vm::chooseLabel);
        labels.select(vm.labelProperty().get());
    }

    private void showDetail(SplitPane split) {
        boolean lead = vm.leadProperty().get();
        placeholder.setText(!lead ? "Only leads settle disagreements. Switch to a lead with Review → Switch reviewer… "
                + "(Ctrl+Shift+R), or give yourself the lead role in Review → Project settings…"
                : "Select a disagreement on the left (J/K or the arrow keys).");
        split.getItems().set(1, lead && vm.selectedProperty().get() != null ? detail : placeholder);
        split.setDividerPositions(0.34);
        table.setDisable(!lead);
    }

    private void syncSelection(int index) {
        if (table.getSelectionModel().getSelectedIndex() != index) {
            syncing = true;
            if (index < 0) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(index);
                table.scrollTo(index);
            }
            syncing = false;
        }
    }

    void focusCorrection() {
        correction.requestFocus();
    }

    private static TableColumn<Disagreement, String> column(String name, double width, Function<Disagreement, String> value) {
        TableColumn<Disagreement, String> col = new TableColumn<>(name);
        col.setPrefWidth(width);
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue() == null ? "" : value.apply(c.getValue())));
        return col;
    }
}
