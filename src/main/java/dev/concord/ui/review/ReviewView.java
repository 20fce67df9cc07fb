package dev.concord.ui.review;

import dev.concord.model.FlaggedItem;
import dev.concord.ui.common.AttemptStrip;
import dev.concord.ui.common.ConversationView;
import dev.concord.ui.common.Styles;
import dev.concord.ui.compare.CompareView;
import dev.concord.ui.review.ReviewViewModel.Mode;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The review screen: who is reviewing and their progress; the conversation and the attempts side by side;
 * the label, picks, correction and note; the reveal after submitting; the shortcuts. Keys: {@link ReviewKeys}.
 */
public final class ReviewView extends BorderPane {
    public static final String ID = "reviewView";
    public static final String CORRECTION_ID = "correctionEditor";
    public static final String NOTE_ID = "noteField";
    public static final String MESSAGE_ID = "reviewMessage";
    public static final String ITEM_ID = ReviewHeader.ITEM_ID;
    public static final String PLACEHOLDER_ID = "reviewPlaceholder";
    public static final String PICKS_ID = "reviewPicks";
    public static final String SKIPPED_ID = ReviewHeader.SKIPPED_ID;
    public static final String SKIPPED_LIST_ID = SkippedDialog.LIST_ID;

    private final ReviewViewModel vm;
    private final ConversationView conversation = new ConversationView();
    private final AttemptStrip attempts = new AttemptStrip();
    private final LabelBar labels = new LabelBar();
    private final Label picks = new Label();
    private final TextArea correction = new TextArea();
    private final TextField note = new TextField();
    private final ShortcutBar shortcuts = new ShortcutBar();
    private final Label placeholder = new Label();
    private final StackPane lower = new StackPane();
    private final SplitPane work;
    private final VBox form;
    private final CompareView reveal;

    public ReviewView(ReviewViewModel vm) {
        this.vm = vm;
        setId(ID);
        getStyleClass().addAll(Styles.REVIEW_VIEW);
        setFocusTraversable(true);
        setTop(new ReviewHeader(vm, this::showSkipped));
        SplitPane upper = new SplitPane(conversation, attempts);
        upper.setDividerPositions(0.36);
        form = form();
        reveal = new CompareView(vm.compare(), "D switches");
        lower.getChildren().addAll(form, reveal);
        work = new SplitPane(upper, lower);
        work.setOrientation(Orientation.VERTICAL);
        work.setDividerPositions(0.5);
        placeholder.setId(PLACEHOLDER_ID);
        placeholder.getStyleClass().add(Styles.PLACEHOLDER);
        placeholder.setWrapText(true);
        shortcuts.setPadding(new Insets(6, 10, 6, 10));
        setBottom(shortcuts);

        vm.modeProperty().addListener((obs, old, now) -> showMode());
        vm.itemProperty().addListener((obs, old, now) -> showItem());
        vm.compare().itemProperty().addListener((obs, old, now) -> showItem());
        vm.scores().byGenerationProperty().addListener((obs, old, now) -> attempts.showScores(now));
        vm.workbench().settingsProperty().addListener((obs, old, now) -> showLabels());
        vm.form().labelProperty().addListener((obs, old, now) -> labels.select(now));
        vm.form().focusedProperty().addListener((obs, old, now) -> markAttempts());
        vm.form().bestProperty().addListener((obs, old, now) -> markAttempts());
        vm.form().worstProperty().addListener((obs, old, now) -> markAttempts());
        vm.form().noneAcceptableProperty().addListener((obs, old, now) -> markAttempts());
        addEventFilter(javafx.scene.input.KeyEvent.ANY, new ReviewKeys(vm, this));
        setOnMouseClicked(e -> {
            if (!(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
                requestFocus();
            }
        });
        showLabels();
        showMode();
    }

    private VBox form() {
        Label labelTitle = new Label("Label");
        labelTitle.getStyleClass().add(Styles.SECTION_TITLE);
        picks.setId(PICKS_ID);
        picks.setWrapText(true);
        VBox left = new VBox(8, labelTitle, labels, picks);
        left.setPrefWidth(330);
        left.setMinWidth(260);

        Label correctionTitle = new Label("Correction: edit the answer into the right one (E)");
        correctionTitle.getStyleClass().add(Styles.SECTION_TITLE);
        correction.setId(CORRECTION_ID);
        correction.setWrapText(true);
        correction.getStyleClass().add(Styles.CORRECTION_EDITOR);
        correction.textProperty().bindBidirectional(vm.form().correctionProperty());
        VBox.setVgrow(correction, Priority.ALWAYS);
        note.setId(NOTE_ID);
        note.setPromptText("Optional note (T)");
        note.textProperty().bindBidirectional(vm.form().noteProperty());
        VBox middle = new VBox(6, correctionTitle, correction, note);
        HBox.setHgrow(middle, Priority.ALWAYS);

        Button submit = new Button("Submit  (Ctrl+Enter)");
        submit.setDefaultButton(false);
        submit.setFocusTraversable(false);
        submit.setMaxWidth(Double.MAX_VALUE);
        submit.setOnAction(e -> vm.submit());
        submit.disableProperty().bind(vm.busyProperty());
        Button skip = new Button("Skip  (S)");
        skip.setFocusTraversable(false);
        skip.setMaxWidth(Double.MAX_VALUE);
        skip.setOnAction(e -> vm.skip());
        skip.disableProperty().bind(vm.busyProperty().or(vm.revisingProperty()));
        Label message = new Label();
        message.setId(MESSAGE_ID);
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        vm.problemProperty().addListener((obs, old, now) -> message.getStyleClass()
                .setAll("label", now ? Styles.FORM_MESSAGE : Styles.FORM_INFO));
        message.getStyleClass().add(Styles.FORM_INFO);
        VBox right = new VBox(8, submit, skip, message);
        right.setPrefWidth(220);
        right.setMinWidth(180);

        HBox row = new HBox(14, left, middle, right);
        VBox.setVgrow(row, Priority.ALWAYS);
        VBox box = new VBox(row);
        box.getStyleClass().add(Styles.REVIEW_FORM);
        box.setPadding(new Insets(10));
        return box;
    }

    private FlaggedItem shownItem() {
        return ReviewHeader.shownItem(vm);
    }

    private void showMode() {
        Mode mode = vm.modeProperty().get();
        boolean working = mode == Mode.REVIEWING || mode == Mode.REVEAL;
        setCenter(working ? work : placeholder);
        form.setVisible(mode == Mode.REVIEWING);
        reveal.setVisible(mode == Mode.REVEAL);
        placeholder.setText(switch (mode) {
            case NO_REVIEWER -> "Who is reviewing? Pick yourself with Review → Switch reviewer… (Ctrl+Shift+R).";
            case LOADING -> "Finding the item that most needs you…";
            case DONE -> "Nothing left for you to review: every item is reviewed, skipped by you, or held by others."
                    + "\nK lists the items you skipped; you can take one back."
                    + (vm.canRevealProperty().get() ? "\nV shows all reviews of your last item side by side." : "");
            default -> "";
        });
        showItem();
        showShortcuts();
        if (working) {
            requestFocus();
        }
    }

    private void showItem() {
        FlaggedItem it = shownItem();
        conversation.show(it);
        attempts.show(it);
        attempts.showScores(vm.scores().byGenerationProperty().get());
        vm.scores().load(it);
        markAttempts();
    }

    private void markAttempts() {
        if (vm.modeProperty().get() == Mode.REVIEWING) {
            var f = vm.form();
            attempts.mark(f.focusedProperty().get(), f.bestProperty().get(), f.worstProperty().get(),
                    f.noneAcceptableProperty().get());
            picks.setText(f.attempts() < 2 ? "" : f.picksLine());
        } else {
            attempts.mark(-1, null, null, false);
        }
    }

    private void showLabels() {
        labels.show(vm.workbench().settings().labels(), id -> vm.form().chooseLabel(id));
        labels.select(vm.form().labelProperty().get());
        showShortcuts();
    }

    private void showShortcuts() {
        Mode mode = vm.modeProperty().get();
        if (mode == Mode.REVEAL) {
            shortcuts.show(REVEAL_KEYS);
        } else if (mode == Mode.REVIEWING) {
            shortcuts.show(reviewingKeys(LabelBar.keyRange(vm.workbench().settings().labels())));
        } else if (mode == Mode.DONE) {
            shortcuts.show("V", "last item's reviews", "K", "skipped items");
        } else {
            shortcuts.show("Ctrl+Shift+R", "switch reviewer");
        }
    }

    /** The keys while the last item's reviews show: key, action, key, action, ... (the F1 sheet lists them too). */
    public static final String[] REVEAL_KEYS = {"Enter", "next item", "R", "revise your review", "D",
            "diff against yours / the original"};

    /** The keys while reviewing an item, labels on {@code labelRange}: key, action, key, action, ... */
    public static String[] reviewingKeys(String labelRange) {
        return new String[] {labelRange, "label", "← →", "attempt", "B", "best", "W", "worst", "N",
                "none acceptable", "C", "copy attempt to correction", "E", "edit correction", "T", "note", "Esc",
                "leave editor", "Ctrl+Enter", "submit", "S", "skip", "K", "skipped items", "V", "last item's reviews",
                "A", "reveal after submit on/off"};
    }

    /** The reviewer's skipped items; the one chosen is taken back and opened. */
    void showSkipped() {
        if (vm.workbench().reviewer() == null || getScene() == null) {
            return;
        }
        vm.chooser().loadSkipped();
        new SkippedDialog(getScene().getWindow(), vm.chooser()).showAndWait().ifPresent(vm.chooser()::takeBack);
        requestFocus();
    }

    void focusCorrection() {
        correction.requestFocus();
    }

    void focusNote() {
        note.requestFocus();
    }
}
