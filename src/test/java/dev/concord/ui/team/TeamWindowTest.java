package dev.concord.ui.team;

import dev.concord.review.TeamRole;
import dev.concord.service.TeamFixture;
import dev.concord.ui.MainView;
import dev.concord.ui.MainViewModel;
import dev.concord.ui.Screens;
import dev.concord.ui.common.Styles;
import dev.concord.ui.AppWiring;
import dev.concord.ui.reviewer.ReviewerActions;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app on a team database (embedded PostgreSQL): a reviewer's login is their reviewer, with no picker, no
 * Disagreements tab and no settings; File ▸ Connect to a team database… names a missing login plainly, and
 * connecting as a lead brings the Disagreements tab.
 */
@ExtendWith(ApplicationExtension.class)
class TeamWindowTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aReviewerSeesOnlyWhatTheDatabaseAllowsAndConnectingAsALeadBringsDisagreements(FxRobot robot) throws Exception {
        TeamFixture f = new TeamFixture(Files.createTempDirectory("concord-team-ui"), 3);
        f.add("ann", TeamRole.REVIEWER);
        f.add("lea", TeamRole.LEAD);
        MainView[] view = new MainView[1];
        var annDb = f.as("ann");
        robot.interact(() -> {
            view[0] = new MainView(new MainViewModel(annDb, AppWiring.fx()));
            Scene scene = new Scene(view[0], 1280, 800);
            scene.getStylesheets().addAll(Styles.stylesheets());
            stage.setScene(scene);
            stage.show();
            view[0].reviewerActions().pickIfNeeded(stage);
        });
        WaitForAsyncUtils.waitForFxEvents();
        MainView main = view[0];
        assertThat(Window.getWindows()).as("no reviewer picker on a team database").hasSize(1);
        assertThat(main.review().reviewer().name()).isEqualTo(f.login("ann"));
        assertThat(main.review().whoProperty().get()).isEqualTo("Signed in as " + f.login("ann") + " · reviewer");
        assertThat(main.tabs().getTabs()).extracting(Tab::getText).doesNotContain("Disagreements");
        assertThat(item(main, ReviewerActions.SETTINGS_MENU_ID).isDisable()).as("settings").isTrue();
        assertThat(item(main, ReviewerActions.SWITCH_MENU_ID).isDisable()).as("switch reviewer").isTrue();
        assertThat(item(main, MainView.IMPORT_MENU_ID).isDisable()).as("import").isTrue();
        assertThat(item(main, MainView.EXPORT_MENU_ID).isDisable()).as("export").isTrue();
        assertThat(main.lookup("#" + dev.concord.ui.queue.QueueView.FORGET_ID).isDisable()).as("forget").isTrue();

        robot.interact(() -> item(main, MainView.CONNECT_MENU_ID).fire());
        WaitForAsyncUtils.waitForFxEvents();
        fill(robot, f.url, "nobody_" + f.database());
        robot.clickOn("Connect");
        Screens.waitUntil(() -> !robot.lookup("#" + ConnectDialog.ERROR_ID).queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#" + ConnectDialog.ERROR_ID).queryAs(Label.class).getText())
                .isEqualTo("Wrong password for login nobody_" + f.database() + ", or the server has no such login "
                        + "(with no password given, ~/.pgpass is used).");

        fill(robot, f.url, f.login("lea"));
        robot.interact(() -> robot.lookup("#" + ConnectDialog.PASSWORD_ID).queryAs(TextField.class).setText("wrong"));
        robot.clickOn("Connect");
        Screens.waitUntil(() -> robot.lookup("#" + ConnectDialog.ERROR_ID).queryAs(Label.class).getText()
                .contains(f.login("lea")));
        assertThat(robot.lookup("#" + ConnectDialog.ERROR_ID).queryAs(Label.class).getText())
                .isEqualTo("Wrong password for login " + f.login("lea") + ", or the server has no such login "
                        + "(with no password given, ~/.pgpass is used).");

        fill(robot, f.url, f.login("lea"));
        robot.interact(() -> robot.lookup("#" + ConnectDialog.PASSWORD_ID).queryAs(TextField.class)
                .setText(TeamFixture.password("lea")));
        robot.clickOn("Connect");
        Screens.waitUntil(() -> main.tabs().getTabs().stream().anyMatch(t -> t.getText().equals("Disagreements")));
        assertThat(Window.getWindows()).as("the dialog closed").hasSize(1);
        assertThat(main.review().whoProperty().get()).isEqualTo("Signed in as " + f.login("lea") + " · lead");
        assertThat(item(main, ReviewerActions.SETTINGS_MENU_ID).isDisable()).as("a lead changes no settings").isTrue();
        assertThat(item(main, MainView.EXPORT_MENU_ID).isDisable()).as("a lead does not export").isTrue();
        assertThat(item(main, MainView.IMPORT_MENU_ID).isDisable()).as("a lead does not ingest").isTrue();
        assertThat(main.lookup("#" + dev.concord.ui.queue.QueueView.FORGET_ID).isDisable()).as("a lead forgets nothing").isTrue();
        Screens.shoot(stage.getScene(), "team-lead.png");
    }

    @Test
    void theWelcomeScreenConnectsToATeamDatabaseAndOpensItsMainWindow(FxRobot robot) throws Exception {
        TeamFixture f = new TeamFixture(Files.createTempDirectory("concord-team-welcome"), 3);
        f.add("lea", TeamRole.LEAD);
        java.nio.file.Path home = Files.createTempDirectory("concord-team-home");
        Scene scene = new Scene(new javafx.scene.layout.StackPane(), 1024, 700);
        dev.concord.ui.AppStart[] app = new dev.concord.ui.AppStart[1];
        robot.interact(() -> {
            scene.getStylesheets().addAll(Styles.stylesheets());
            stage.setScene(scene);
            app[0] = new dev.concord.ui.AppStart(stage, scene, new dev.concord.service.Workspace(home),
                    new dev.concord.ui.start.AppPrefs(home.resolve("ui.properties")), AppWiring.fx());
            app[0].begin(java.util.Optional.empty(), false);
            stage.show();
        });
        assertThat(scene.getRoot()).isInstanceOf(dev.concord.ui.start.WelcomeView.class);
        robot.clickOn("#" + dev.concord.ui.start.WelcomeView.CONNECT_ID);
        WaitForAsyncUtils.waitForFxEvents();
        fill(robot, f.url, f.login("lea"));
        robot.interact(() -> robot.lookup("#" + ConnectDialog.PASSWORD_ID).queryAs(TextField.class)
                .setText(TeamFixture.password("lea")));
        robot.clickOn("Connect");
        Screens.waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> scene.getRoot() instanceof MainView main
                && main.tabs().getTabs().stream().anyMatch(t -> t.getText().equals("Disagreements"))).get());
        assertThat(Window.getWindows()).as("the dialog closed").hasSize(1);
        MainView main = (MainView) scene.getRoot();
        assertThat(main.review().whoProperty().get()).isEqualTo("Signed in as " + f.login("lea") + " · lead");
    }

    private static void fill(FxRobot robot, String url, String user) {
        robot.interact(() -> {
            robot.lookup("#" + ConnectDialog.URL_ID).queryAs(TextField.class).setText(url);
            robot.lookup("#" + ConnectDialog.USER_ID).queryAs(TextField.class).setText(user);
        });
    }

    private static MenuItem item(MainView view, String id) {
        return ((MenuBar) view.getTop()).getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }
}
