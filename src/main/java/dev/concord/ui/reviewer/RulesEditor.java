package dev.concord.ui.reviewer;

import dev.concord.ui.common.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The project settings' editor of the own redaction rules: the JSON text and, under it, the live verdict. */
public final class RulesEditor extends VBox {
    public static final String TEXT_ID = "rulesText";
    public static final String VERDICT_ID = "rulesVerdict";
    private static final double WIDTH = 520;

    public RulesEditor(RulesViewModel vm) {
        super(8);
        Label hint = new Label("Your own identifiers, redacted at ingest, in reviewers' corrections and notes, and in the "
                + "export's last scan. JSON: {\"rules\": [{\"name\", \"type\", \"pattern\", \"validator\", \"context\", "
                + "\"must_match\", \"must_not_match\"}]} (see docs/redaction-rules.md). Checked as you type; "
                + "`concord redact --explain LOG` shows what they find.");
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);
        hint.setPrefWidth(WIDTH);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        TextArea text = new TextArea();
        text.setId(TEXT_ID);
        text.getStyleClass().add(Styles.REPORT_TEXT);
        text.textProperty().bindBidirectional(vm.textProperty());
        text.editableProperty().bind(vm.loadedProperty());
        text.setPrefRowCount(14);
        text.setPrefWidth(WIDTH);
        VBox.setVgrow(text, Priority.ALWAYS);
        Label verdict = new Label();
        verdict.setId(VERDICT_ID);
        verdict.setWrapText(true);
        verdict.setPrefWidth(WIDTH);
        verdict.setMinHeight(Region.USE_PREF_SIZE);
        verdict.textProperty().bind(vm.verdictProperty());
        vm.validProperty().addListener((obs, old, ok) -> style(verdict, ok));
        style(verdict, vm.validProperty().get());
        getChildren().addAll(hint, text, verdict);
    }

    private static void style(Label verdict, boolean ok) {
        verdict.getStyleClass().removeAll(Styles.FORM_MESSAGE, Styles.FORM_INFO);
        verdict.getStyleClass().add(ok ? Styles.FORM_INFO : Styles.FORM_MESSAGE);
    }
}
