package dev.concord.ui;

import dev.concord.service.Workspace;
import dev.concord.store.Database;
import dev.concord.ui.common.ErrorDialog;
import dev.concord.ui.common.Styles;
import dev.concord.ui.queue.QueueView;
import dev.concord.ui.start.AppPrefs;
import dev.concord.ui.start.WelcomeView;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static dev.concord.ui.Screens.shoot;
import static dev.concord.ui.Screens.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class WelcomeWindowTest {
    private Path home;
    private Workspace workspace;
    private AppPrefs prefs;
    private AppStart app;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        home = Files.createTempDirectory("concord-welcome");
        workspace = new Workspace(home);
        prefs = new AppPrefs(home.resolve("ui.properties"));
        scene = new Scene(new StackPane(), 1024, 700);
        scene.getStylesheets().addAll(Styles.stylesheets());
        stage.setScene(scene);
        app = new AppStart(stage, scene, workspace, prefs, AppWiring.fx());
        app.begin(Optional.empty(), false);
        stage.show();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w.getScene() != scene).forEach(Window::hide));
    }

    @Test
    void firstStartWelcomesThenOpensTheSampleProjectInTheBackgroundAndRemembersIt(FxRobot robot) throws Exception {
        assertThat(scene.getRoot()).isInstanceOf(WelcomeView.class);
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Welcome to Concord", "None yet. Databases you open are listed here.");
        assertThat(robot.lookup("#" + WelcomeView.SAMPLE_ID).queryButton().getText()).isEqualTo("Open the sample project");
        shoot(scene, "welcome-1024x700.png");

        robot.clickOn("#" + WelcomeView.SAMPLE_ID);
        waitUntil(() -> scene.getRoot() instanceof MainView
                && robot.lookup("#" + QueueView.COUNT_ID).tryQuery()
                .map(l -> ((Label) l).getText().endsWith("items")).orElse(false));
        assertThat(robot.lookup("#" + QueueView.TABLE_ID).queryTableView().getItems()).isNotEmpty();
        assertThat(prefs.recent()).containsExactly(workspace.sampleDatabase());

        robot.interact(() -> ((javafx.scene.control.MenuBar) scene.getRoot().lookup(".menu-bar")).getMenus().get(0)
                .getItems().stream().filter(i -> MainView.WELCOME_MENU_ID.equals(i.getId())).findFirst().orElseThrow()
                .fire());
        waitUntil(() -> scene.getRoot() instanceof WelcomeView);
        assertThat(rows(robot)).extracting(HBox::getUserData).containsExactly(workspace.sampleDatabase());
    }

    @Test
    void theSampleArgumentOfMvnJavafxRunOpensTheSampleProjectWithoutTheWelcome(FxRobot robot) throws Exception {
        robot.interact(() -> app.begin(Optional.empty(), true));
        waitUntil(() -> org.testfx.util.WaitForAsyncUtils.asyncFx(() -> scene.getRoot() instanceof MainView main
                && main.lookup("#" + QueueView.COUNT_ID) instanceof Label count
                && count.getText().endsWith("items")).get());
        assertThat(robot.lookup("#" + QueueView.TABLE_ID).queryTableView().getItems()).isNotEmpty();
        assertThat(prefs.recent()).containsExactly(workspace.sampleDatabase());
    }

    @Test
    void recentDatabasesShowMissingFilesAsMissingAndRemoveThem(FxRobot robot) throws Exception {
        Path there = home.resolve("there.db");
        Database.openSqlite(there);
        Path gone = home.resolve("gone.db");
        prefs.remember(gone);
        prefs.remember(there);
        robot.interact(app::showWelcome);
        List<HBox> rows = rows(robot);
        assertThat(rows).extracting(HBox::getUserData).containsExactly(there, gone);
        Label missing = (Label) rows.get(1).getChildren().get(1);
        assertThat(missing.getText()).startsWith("missing: ");
        assertThat(missing.getStyleClass()).contains(Styles.RECENT_MISSING);
        assertThat(rows.get(1).getChildren().get(0).isDisabled()).isTrue();
        shoot(scene, "welcome-recent-1024x700.png");

        robot.interact(() -> ((Button) rows.get(1).getChildren().get(3)).fire());
        assertThat(rows(robot)).extracting(HBox::getUserData).containsExactly(there);
        assertThat(prefs.recent()).containsExactly(there);

        robot.interact(() -> ((Button) rows(robot).get(0).getChildren().get(0)).fire());
        waitUntil(() -> scene.getRoot() instanceof MainView);
    }

    @Test
    void aCorruptDatabaseFileIsADialogSayingWhatToDoAndTheWelcomeStays(FxRobot robot) throws Exception {
        Path bad = Files.write(home.resolve("broken.db"), "not a database, only text ".repeat(300).getBytes());
        robot.interact(() -> app.open(bad));
        waitUntil(() -> robot.lookup("#" + ErrorDialog.ID).tryQuery().isPresent());
        DialogPane pane = robot.lookup("#" + ErrorDialog.ID).queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("Not a Concord database");
        String happened = robot.lookup("#" + ErrorDialog.HAPPENED_ID).queryLabeled().getText();
        String next = robot.lookup("#" + ErrorDialog.NEXT_ID).queryLabeled().getText();
        assertThat(happened).contains("broken.db").doesNotContain("Exception", "\tat ", "SQLITE");
        assertThat(next).startsWith("What to do: ").contains("File → Open database");
        shoot(pane.getScene(), "error-corrupt-database.png");
        assertThat(scene.getRoot()).isInstanceOf(WelcomeView.class);
        assertThat(prefs.recent()).isEmpty();
    }

    private static List<HBox> rows(FxRobot robot) {
        WelcomeView welcome = robot.lookup("#" + WelcomeView.ID).queryAs(WelcomeView.class);
        return welcome.recentList().getChildren().stream().filter(n -> n instanceof HBox).map(n -> (HBox) n).toList();
    }

}
