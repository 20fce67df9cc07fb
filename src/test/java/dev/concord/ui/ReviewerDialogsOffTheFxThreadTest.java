package dev.concord.ui;

import dev.concord.review.LabelSet;
import dev.concord.review.Reviewer;
import dev.concord.review.ReviewSettings;
import dev.concord.service.ProjectRules;
import dev.concord.service.ProjectRulesTest;
import dev.concord.service.ProjectSettingsService;
import dev.concord.service.ReviewerService;
import dev.concord.service.Workspace;
import dev.concord.store.Database;
import dev.concord.ui.common.Styles;
import dev.concord.ui.reviewer.ReviewerPickerDialog;
import dev.concord.ui.reviewer.RulesEditor;
import dev.concord.ui.reviewer.SettingsDialog;
import dev.concord.ui.reviewer.SettingsViewModel.ReviewerRow;
import dev.concord.ui.start.AppPrefs;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static dev.concord.ui.Screens.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review screens' own reads and writes happen in the background too: the project's review settings and the
 * remembered reviewer when the main window is built or another database opens, the reviewer picker (reading the
 * reviewers, adding one, remembering the pick), and Project settings (reading the reviewers, saving labels, overlap,
 * leads and the project's redaction rules). Every connection opened on the FX thread is recorded and must not happen.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewerDialogsOffTheFxThreadTest {
    private Stage stage;
    private Scene scene;
    private Path home;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        home = Files.createTempDirectory("concord-dialogs-off-fx");
        scene = new Scene(new StackPane(), 1280, 800);
        scene.getStylesheets().addAll(Styles.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stopRecording() {
        FxThreadConnections.stop();
    }

    /** A database whose saved settings have {@code overlap} and whose reviewers are {@code names}. */
    private Path database(String file, int overlap, String... names) {
        Path path = home.resolve(file);
        Database db = Database.openSqlite(path);
        new ProjectSettingsService(db).save(new ReviewSettings(LabelSet.defaults(), overlap));
        ReviewerService people = new ReviewerService(db);
        for (String name : names) {
            people.add(name, false);
        }
        return path;
    }

    private static boolean showing(FxRobot robot, String id) {
        return robot.lookup("#" + id).tryQuery().isPresent();
    }

    @Test
    void startingOnADatabaseAskingWhoReviewsAndAddingAReviewerUseTheStoreInTheBackground(FxRobot robot)
            throws Exception {
        Path file = database("one.db", 2, "Ann");
        AppStart[] app = new AppStart[1];
        FxThreadConnections onFx = FxThreadConnections.record();
        robot.interact(() -> {
            app[0] = new AppStart(stage, scene, new Workspace(home), new AppPrefs(home.resolve("ui.properties")),
                    AppWiring.fx());
            app[0].begin(Optional.of(file.toString()), false);
        });
        waitUntil(() -> showing(robot, ReviewerPickerDialog.LIST_ID));
        assertThat(app[0].main().review().settings().overlap()).as("the saved settings arrived").isEqualTo(2);
        robot.clickOn("#" + ReviewerPickerDialog.NAME_ID).write("Zoe").push(KeyCode.ENTER);
        waitUntil(() -> !showing(robot, ReviewerPickerDialog.LIST_ID) && app[0].main().review().reviewer() != null);
        assertThat(app[0].main().review().reviewer().name()).isEqualTo("Zoe");
        Database db = Database.openSqlite(file);
        waitUntil(() -> new ReviewerService(db).remembered().map(Reviewer::name).orElse("").equals("Zoe"));

        assertThat(onFx.opened()).as("connections opened on the FX thread").isEmpty();
    }

    @Test
    void theMainWindowAnotherDatabaseThePickerAndProjectSettingsUseTheStoreInTheBackground(FxRobot robot)
            throws Exception {
        Path one = database("one.db", 2, "Ann");
        Database first = Database.openSqlite(one);
        new ReviewerService(first).remember(new ReviewerService(first).named("Ann").orElseThrow());
        Path two = database("two.db", 4, "Bo", "Cy");
        Database second = Database.openSqlite(two);
        new ReviewerService(second).remember(new ReviewerService(second).named("Bo").orElseThrow());
        MainViewModel[] vm = new MainViewModel[1];
        MainView[] view = new MainView[1];
        FxThreadConnections onFx = FxThreadConnections.record();
        robot.interact(() -> {
            vm[0] = new MainViewModel(first, AppWiring.fx());
            view[0] = new MainView(vm[0]);
            scene.setRoot(view[0]);
        });
        waitUntil(() -> view[0].review().reviewer() != null);
        assertThat(view[0].review().reviewer().name()).isEqualTo("Ann");
        assertThat(view[0].review().settings().overlap()).isEqualTo(2);

        robot.interact(() -> vm[0].openDatabase(two));
        waitUntil(() -> view[0].review().reviewer() != null && view[0].review().reviewer().name().equals("Bo"));
        assertThat(view[0].review().settings().overlap()).isEqualTo(4);
        assertThat(vm[0].databaseNameProperty().get()).endsWith("two.db");

        Platform.runLater(() -> {
            view[0].reviewerActions().editSettings(stage);
            view[0].reviewerActions().editSettings(stage);
        });
        waitUntil(() -> showing(robot, SettingsDialog.LEADS_ID));
        assertThat(robot.lookup("#" + SettingsDialog.LEADS_ID).queryAll()).as("a second request while the first reads")
                .hasSize(1);
        TableView<?> leads = robot.lookup("#" + SettingsDialog.LEADS_ID).queryAs(TableView.class);
        DialogPane pane = (DialogPane) leads.getScene().getRoot();
        robot.interact(() -> {
            leads.getItems().stream().map(ReviewerRow.class::cast).filter(r -> r.name().equals("Cy")).findFirst()
                    .orElseThrow().leadProperty().set(true);
            pane.lookupAll(".tab-pane").forEach(n -> ((TabPane) n).getSelectionModel().select(1));
        });
        TextArea rules = robot.lookup("#" + RulesEditor.TEXT_ID).queryAs(TextArea.class);
        waitUntil(rules::isEditable);
        robot.interact(() -> rules.setText(ProjectRulesTest.RULES));
        robot.clickOn((Node) pane.lookupButton(ButtonType.OK));
        waitUntil(() -> !showing(robot, SettingsDialog.LEADS_ID));
        assertThat(new ReviewerService(second).named("Cy").orElseThrow().lead()).isTrue();
        assertThat(new ProjectRules(second).text()).isEqualTo(ProjectRulesTest.RULES);

        Platform.runLater(() -> view[0].reviewerActions().switchReviewer(stage));
        waitUntil(() -> showing(robot, ReviewerPickerDialog.LIST_ID));
        robot.clickOn("#" + ReviewerPickerDialog.LIST_ID).push(KeyCode.END).push(KeyCode.ENTER);
        waitUntil(() -> !showing(robot, ReviewerPickerDialog.LIST_ID) && view[0].review().reviewer().name().equals("Cy"));
        assertThat(view[0].review().reviewer().lead()).as("Cy is a lead since the settings were saved").isTrue();
        waitUntil(() -> new ReviewerService(second).remembered().map(Reviewer::name).orElse("").equals("Cy"));

        assertThat(onFx.opened()).as("connections opened on the FX thread").isEmpty();
    }
}
