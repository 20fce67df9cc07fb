package dev.concord.ui;

import dev.concord.model.ProgressListener;
import dev.concord.model.QueueEntry;
import dev.concord.service.ImportService;
import dev.concord.service.ProjectRules;
import dev.concord.service.ProjectRulesTest;
import dev.concord.store.Database;
import dev.concord.ui.common.StatusBar;
import dev.concord.ui.common.Styles;
import dev.concord.ui.common.FxTaskExecutor;
import dev.concord.ui.queue.ForgetDialog;
import dev.concord.ui.queue.QueueView;
import dev.concord.ui.review.ReviewWorkbench;
import dev.concord.ui.reviewer.RulesEditor;
import dev.concord.ui.reviewer.RulesViewModel;
import dev.concord.ui.reviewer.SettingsDialog;
import dev.concord.ui.reviewer.SettingsViewModel;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Forgetting a selected item's session from the Queue tab, and editing the project's own rules (issue 12 §3–§4). */
@ExtendWith(ApplicationExtension.class)
class PrivacyWindowTest {
    private Database db;
    private MainView view;

    @Start
    void start(Stage stage) throws Exception {
        Path home = Files.createTempDirectory("concord-privacy");
        db = Database.openSqlite(home.resolve("p.db"));
        Path log = dev.concord.ingest.Logs.log()
                .generation("f-1", "forget-me", "Where is order 77?", "No idea.").down("f-1")
                .generation("k-1", "keep-me", "Reset my password", "Done.").down("k-1")
                .writeTo(home.resolve("p.jsonl"));
        new ImportService(db).ingest(List.of(log), ProgressListener.NONE);
        view = new MainView(new MainViewModel(db, AppWiring.fx()));
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().addAll(Styles.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void forgettingTheSelectedItemsSessionConfirmsWithCountsThenErasesIt(FxRobot robot) throws Exception {
        TableView<QueueEntry> table = robot.lookup("#" + QueueView.TABLE_ID).queryTableView();
        assertThat(table.getItems()).hasSize(2);
        int row = table.getItems().get(0).session().equals("forget-me") ? 0 : 1;
        robot.interact(() -> table.getSelectionModel().select(row));
        robot.clickOn("#" + QueueView.FORGET_ID);
        Screens.waitUntil(() -> robot.lookup("#" + ForgetDialog.ID).tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#" + ForgetDialog.ID).queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).contains("forget-me");
        assertThat(dialog.getContentText()).contains("1 session, 2 events, 1 flagged item, 0 candidates, 0 reviews");
        Screens.shoot(dialog.getScene(), "forget-dialog.png");
        robot.clickOn(robot.lookup(".button").match(n -> n instanceof javafx.scene.control.Button b
                && "Forget".equals(b.getText())).queryButton());

        Screens.waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).session()).isEqualTo("keep-me");
        Label status = robot.lookup("#" + StatusBar.MESSAGE_ID).queryAs(Label.class);
        Screens.waitUntil(() -> status.getText().startsWith("Forgotten: 1 session, 2 events"));
        assertThat(count("SELECT COUNT(*) FROM generations WHERE session = 'forget-me'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM tombstones")).isEqualTo(2);
    }

    @Test
    void cancellingTheDialogErasesNothing(FxRobot robot) throws Exception {
        TableView<QueueEntry> table = robot.lookup("#" + QueueView.TABLE_ID).queryTableView();
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.interact(() -> table.requestFocus());
        robot.press(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.DELETE)
                .release(javafx.scene.input.KeyCode.DELETE, javafx.scene.input.KeyCode.SHORTCUT);
        Screens.waitUntil(() -> robot.lookup("#" + ForgetDialog.ID).tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#" + ForgetDialog.ID).queryAs(DialogPane.class);
        robot.clickOn((javafx.scene.Node) dialog.lookupButton(ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(2);
        assertThat(count("SELECT COUNT(*) FROM generations")).isEqualTo(2);
    }

    @Test
    void theRulesEditorShowsWhatIsWrongAndSavesOnlyRulesThatPass(FxRobot robot) throws Exception {
        ReviewWorkbench bench = new ReviewWorkbench(db, new FxTaskExecutor("privacy-test-review"));
        FxTaskExecutor rulesTasks = new FxTaskExecutor("privacy-test-rules");
        SettingsDialog[] dialog = new SettingsDialog[1];
        Screens.waitUntil(() -> !bench.openingProperty().get());
        var people = new dev.concord.service.ReviewerService(db).reviewers();
        robot.interact(() -> {
            dialog[0] = new SettingsDialog(view.getScene().getWindow(), new SettingsViewModel(bench, people),
                    new RulesViewModel(new ProjectRules(db), rulesTasks));
            dialog[0].show();
        });
        robot.interact(() -> dialog[0].getDialogPane().lookupAll(".tab-pane").forEach(n ->
                ((javafx.scene.control.TabPane) n).getSelectionModel().select(1)));
        TextArea text = robot.lookup("#" + RulesEditor.TEXT_ID).queryAs(TextArea.class);
        Label verdict = robot.lookup("#" + RulesEditor.VERDICT_ID).queryAs(Label.class);
        Screens.waitUntil(text::isEditable);
        robot.interact(() -> text.setText(ProjectRulesTest.RULES.replace("\"EMP-123456\"", "\"EMP-1\"")));
        assertThat(verdict.getText()).isEqualTo("project rules: rule 1 'employee-id': field 'must_match[0]': "
                + "the rule finds nothing in this example");
        assertThat(verdict.getStyleClass()).contains(Styles.FORM_MESSAGE);
        robot.clickOn((javafx.scene.Node) dialog[0].getDialogPane().lookupButton(ButtonType.OK));
        assertThat(dialog[0].isShowing()).as("a failing text is not saved and the dialog stays").isTrue();
        assertThat(new ProjectRules(db).text()).isEmpty();

        robot.interact(() -> text.setText(ProjectRulesTest.RULES));
        assertThat(verdict.getText()).isEqualTo("1 rule(s), every example checked: employee-id → [EMPLOYEE_ID]");
        Screens.shoot(dialog[0].getDialogPane().getScene(), "rules-editor.png");
        robot.clickOn((javafx.scene.Node) dialog[0].getDialogPane().lookupButton(ButtonType.OK));
        Screens.waitUntil(() -> !dialog[0].isShowing());
        assertThat(new ProjectRules(db).text()).isEqualTo(ProjectRulesTest.RULES);
        assertThat(new ProjectRules(db).redactor().redact("badge EMP-424242", null)).isEqualTo("badge [EMPLOYEE_ID]");
    }

    private long count(String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
