package dev.concord.ui.adjudicate;

import dev.concord.curate.Disagreement;
import dev.concord.curate.ExclusionReason;
import dev.concord.review.LabelSet;
import dev.concord.ui.common.AttemptStrip;
import dev.concord.ui.common.ConversationView;
import dev.concord.ui.common.Styles;
import dev.concord.ui.compare.CompareView;
import dev.concord.ui.review.LabelBar;
import dev.concord.ui.review.ReviewForm;
import dev.concord.ui.review.ShortcutBar;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The leads' queue: the list (most disagreed first, with why each item is there; decided ones on request), and
 * for the selected item its conversation, attempts, every review side by side and the decision form with label,
 * best/worst picks and correction. Keys: {@link DisagreementKeys}.
 */
public final class DisagreementsView extends BorderPane {
    public static final String ID = "disagreementsView";
    public static final String TABLE_ID = "disagreementsTable";
    public static final String CORRECTION_ID = "decisionCorrection";
    public static final String MESSAGE_ID = "decisionMessage";
    public static final String PLACEHOLDER_ID = "disagreementsPlaceholder";
    public static final String REASONS_ID = "decisionReasons";
    public static final String PICKS_ID = "decisionPicks";
    public static final String SHOW_DECIDED_ID = "showDecided";

    private final DisagreementsViewModel vm;
    private final TableView<Disagreement> table = new TableView<>();
    private final ConversationView conversation = new ConversationView();
    private final AttemptStrip attempts = new AttemptStrip();
    private final LabelBar labels = new LabelBar();
    private final TextArea correction = new TextArea();
    private final Label placeholder = new Label();
    private final Label reasons = new Label();
    private final Label picks = new Label();
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
        table.setPlaceholder(new Label("Nothing waits for a lead: every item with its minimum reviews is agreed under "
                + "the consensus policy."));
        table.getColumns().add(column("Why", 150, d -> d.reasons().stream().map(ExclusionReason::code)
                .collect(Collectors.joining(", ")) + (d.awaitingMoreReviews() ? " · awaiting more reviews" : "")));
        table.getColumns().add(column("Labels", 120, d -> d.labelCounts().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(" · "))));
        table.getColumns().add(column("Decided", 75, d -> d.decided() ? "✓ " + d.decidedBy() : ""));
        table.getColumns().add(column("Prompt", 140, Disagreement::headline));
        table.getColumns().forEach(c -> c.setSortable(false));
        table.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                vm.select(now.intValue());
            }
        });
        vm.selectedIndexProperty().addListener((obs, old, now) -> syncSelection(now.intValue()));
        Label count = new Label();
        count.getStyleClass().add(Styles.SECTION_TITLE);
        count.textProperty().bind(vm.openProperty().asString("Waiting for a lead (%,d)"));
        CheckBox decided = new CheckBox("Show decided (D)");
        decided.setId(SHOW_DECIDED_ID);
        decided.setFocusTraversable(false);
        decided.selectedProperty().bindBidirectional(vm.showDecidedProperty());
        HBox head = new HBox(12, count, decided);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox list = new VBox(6, head, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        list.setPadding(new Insets(8));
        list.setMinWidth(300);

        detail = new SplitPane(new SplitPane(conversation, attempts), new CompareView(vm.compare(), ""), decisionForm());
        detail.setOrientation(Orientation.VERTICAL);
        detail.setDividerPositions(0.24, 0.56);
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
            showPicks();
        });
        ReviewForm f = vm.form();
        f.labelProperty().addListener((obs, old, now) -> labels.select(now));
        f.focusedProperty().addListener(o -> showPicks());
        f.bestProperty().addListener(o -> showPicks());
        f.worstProperty().addListener(o -> showPicks());
        f.noneAcceptableProperty().addListener(o -> showPicks());
        vm.selectedProperty().addListener((obs, old, now) -> showDetail(split));
        vm.leadProperty().addListener((obs, old, now) -> showDetail(split));
        vm.messageProperty().addListener((obs, old, now) -> showDetail(split));
        vm.rows().addListener((javafx.collections.ListChangeListener<Object>) change -> showPlaceholderText());
        vm.workbench().settingsProperty().addListener((obs, old, now) -> showLabels(now.labels()));
        addEventFilter(KeyEvent.ANY, new DisagreementKeys(vm, this));
        showLabels(vm.workbench().settings().labels());
        showDetail(split);
    }

    private VBox decisionForm() {
        Label title = new Label("Final decision");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        reasons.setId(REASONS_ID);
        reasons.setWrapText(true);
        reasons.getStyleClass().add(Styles.FORM_INFO);
        reasons.textProperty().bind(Bindings.createStringBinding(() -> why(vm.selectedProperty().get()), vm.selectedProperty()));
        picks.setId(PICKS_ID);
        correction.setId(CORRECTION_ID);
        correction.setWrapText(true);
        correction.getStyleClass().add(Styles.CORRECTION_EDITOR);
        correction.textProperty().bindBidirectional(vm.form().correctionProperty());
        TextField note = new TextField();
        note.setPromptText("Why (optional)");
        note.textProperty().bindBidirectional(vm.form().noteProperty());
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
        decided.setWrapText(true);
        decided.textProperty().bind(Bindings.createStringBinding(() -> vm.decisionProperty().get() == null
                ? "" : "Decided by " + vm.decisionProperty().get().leadName() + ": "
                + vm.workbench().settings().labels().nameOf(vm.decisionProperty().get().label())
                + (vm.selectedProperty().get() != null && !vm.selectedProperty().get().excluded().isEmpty()
                ? " (stays out of export)" : " (agreed for export)"), vm.decisionProperty()));
        VBox left = new VBox(6, title, reasons, labels, picks, decided);
        left.setPrefWidth(340);
        left.setMinWidth(260);
        VBox right = new VBox(6, decide, message);
        right.setPrefWidth(200);
        VBox middle = new VBox(6, new Label("Correction (Ctrl+1–9 takes one, E edits)"), correction, note);
        HBox row = new HBox(12, left, middle, right);
        HBox.setHgrow(middle, Priority.ALWAYS);
        VBox.setVgrow(correction, Priority.ALWAYS);
        VBox box = new VBox(row);
        box.setPadding(new Insets(8));
        box.getStyleClass().add(Styles.REVIEW_FORM);
        return box;
    }

    /** The item's reasons in words, for the decision form. */
    static String why(Disagreement d) {
        if (d == null) {
            return "";
        }
        List<ExclusionReason> r = d.reasons();
        return r.isEmpty() ? "The reviews agree by now." : "Here because: " + r.stream().map(ExclusionReason::description)
                .collect(Collectors.joining("; ")) + "." + (d.awaitingMoreReviews() ? " Awaiting more reviews: dynamic "
                + "overlap is giving it another reviewer; decide now, or wait for them." : "");
    }

    private void showPicks() {
        ReviewForm f = vm.form();
        boolean chain = f.attempts() > 1;
        picks.setText(chain ? f.picksLine() : "");
        picks.setVisible(chain);
        picks.setManaged(chain);
        attempts.mark(f.focusedProperty().get(), f.bestProperty().get(), f.worstProperty().get(),
                f.noneAcceptableProperty().get());
    }

    private void showLabels(LabelSet set) {
        keys.show(keys(LabelBar.keyRange(set)));
        labels.show(set, vm::chooseLabel);
        labels.select(vm.form().labelProperty().get());
    }

    /** The leads' keys, labels on {@code labelRange}: key, action, key, action, ... (the F1 sheet lists them too). */
    public static String[] keys(String labelRange) {
        return new String[] {"J K", "next / previous item", "Ctrl+1–9", "take a reviewer's review", labelRange, "label",
                "← →", "attempt", "B / W", "best / worst", "N", "none acceptable", "E", "edit correction",
                "Esc", "leave editor", "D", "show decided", "Ctrl+Enter", "decide"};
    }

    private void showDetail(SplitPane split) {
        boolean lead = vm.leadProperty().get();
        showPlaceholderText();
        split.getItems().set(1, lead && vm.selectedProperty().get() != null ? detail : placeholder);
        split.setDividerPositions(0.34);
        table.setDisable(!lead);
    }

    /** What the right side says with no item selected; follows the rows as they load (not only the selection). */
    private void showPlaceholderText() {
        placeholder.setText(!vm.leadProperty().get() ? "Only leads see the leads' queue. Switch to a lead with Review → "
                + "Switch reviewer… (Ctrl+Shift+R), or give yourself the lead role in Review → Project settings…"
                : (vm.messageProperty().get().isEmpty() ? "" : vm.messageProperty().get() + "\n\n")
                + (vm.rows().isEmpty() ? "Nothing waits for a lead." : "Select an item on the left (J/K or the arrow keys)."));
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
