package dev.concord.ui.export;

import dev.concord.curate.ExportPolicy;
import dev.concord.ui.common.ErrorMarks;
import dev.concord.ui.common.Styles;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The policy form: consensus, curation and output settings, each bound to the {@link PolicyForm}. */
final class PolicyEditor extends VBox {
    static final String MIN_REVIEWS_ID = "policyMinReviews";
    static final String HELD_OUT_ID = "policyHeldOut";
    static final String AUTOMATIC_ID = "policyIncludeAutomatic";
    static final String ERROR_ID = "policyError";
    /** Followed by the layout's code: policyEvalLayout-promptfoo, -inspect, -openai-evals. */
    static final String EVAL_LAYOUT_ID_PREFIX = "policyEvalLayout-";

    private int row;
    private final PolicyForm form;
    private final ErrorMarks marks;

    PolicyEditor(PolicyForm form, javafx.beans.value.ObservableStringValue error) {
        this.form = form;
        this.marks = new ErrorMarks(error);
        getStyleClass().add(Styles.EXPORT_POLICY);
        setSpacing(6);
        setPadding(new Insets(12));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        section(grid, "Consensus");
        field(grid, "Minimum reviews", form.minReviews, MIN_REVIEWS_ID, "Latest reviews an item needs (adjudicated items always count)");
        field(grid, "Labels must agree", form.labelAgreement, null, "Share of reviews with the same label: all, 2/3, 0.75 …");
        CheckBox corrections = new CheckBox("Corrections must agree");
        corrections.selectedProperty().bindBidirectional(form.correctionsMustAgree);
        grid.add(corrections, 0, row++, 2, 1);
        field(grid, "Correction similarity", form.correctionSimilarity, null, "Token similarity every pair of corrections must reach (0–1)");
        section(grid, "Curation");
        field(grid, "Min answer length", form.minAnswerChars, null, "Characters; shorter answers stay out");
        field(grid, "Max answer length", form.maxAnswerChars, null, "Characters; longer answers stay out");
        field(grid, "Max prompt length", form.maxPromptChars, null, "Characters of all prompt messages together");
        field(grid, "Cap per label", form.perLabelCap, null, "Rows of one label per file; empty for no cap");
        field(grid, "Recency half-life (days)", form.halfLifeDays, null, "Weight of training rows halves every N days; 0 = off");
        field(grid, "Held out for eval (%)", form.heldOutPercent, HELD_OUT_ID, "Reviewed items that go only to eval, by stable hash");
        field(grid, "Automatic to eval (%)", form.automaticEvalPercent, null, "Automatic up-votes and corrections that go to eval");
        CheckBox automatic = new CheckBox("Include automatic candidates");
        automatic.setId(AUTOMATIC_ID);
        automatic.selectedProperty().bindBidirectional(form.includeAutomatic);
        grid.add(automatic, 0, row++, 2, 1);
        section(grid, "Output");
        ChoiceBox<ExportPolicy.DpoLayout> layout = new ChoiceBox<>();
        layout.getItems().setAll(ExportPolicy.DpoLayout.values());
        layout.valueProperty().bindBidirectional(form.dpoLayout);
        grid.add(new Label("DPO layout"), 0, row);
        grid.add(layout, 1, row++);
        Label evalLabel = new Label("Eval layouts");
        evalLabel.setTooltip(new Tooltip("Also write the eval cases for these tools (Concord's own files are always written)"));
        grid.add(evalLabel, 0, row);
        javafx.scene.layout.VBox evalBoxes = new javafx.scene.layout.VBox(4);
        form.evalLayouts.forEach((l, on) -> {
            CheckBox box = new CheckBox(l.code());
            box.setId(EVAL_LAYOUT_ID_PREFIX + l.code());
            box.selectedProperty().bindBidirectional(on);
            evalBoxes.getChildren().add(box);
        });
        grid.add(evalBoxes, 1, row++);
        Label errorLabel = new Label();
        errorLabel.setId(ERROR_ID);
        errorLabel.setWrapText(true);
        errorLabel.getStyleClass().add(Styles.EXPORT_ERROR);
        errorLabel.textProperty().bind(error);
        errorLabel.managedProperty().bind(errorLabel.textProperty().isNotEmpty());
        getChildren().addAll(grid, errorLabel);
    }

    private void section(GridPane grid, String title) {
        Label l = new Label(title);
        l.getStyleClass().add(Styles.SECTION_TITLE);
        GridPane.setMargin(l, new Insets(row == 0 ? 0 : 8, 0, 0, 0));
        grid.add(l, 0, row++, 2, 1);
    }

    private void field(GridPane grid, String label, StringProperty value, String id, String help) {
        TextField text = new TextField();
        text.setPrefColumnCount(7);
        text.textProperty().bindBidirectional(value);
        text.setTooltip(new Tooltip(help));
        marks.mark(text, e -> form.isAbout(e, value));
        if (id != null) {
            text.setId(id);
        }
        Node name = new Label(label);
        grid.add(name, 0, row);
        grid.add(text, 1, row++);
    }
}
