package dev.concord.ui.reviewer;

import dev.concord.review.Reviewer;
import dev.concord.service.ReviewerService;
import dev.concord.store.Database;
import dev.concord.ui.AppWiring;
import dev.concord.ui.MainView;
import dev.concord.ui.MainViewModel;
import dev.concord.ui.common.StatusBar;
import dev.concord.ui.common.Styles;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.concord.ui.Screens.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The entry path by keyboard and mouse: Enter or a double-click picks the selected reviewer, Esc cancels, Enter on
 * the Lead box submits; joining opens the Review tab, and the status bar always says who reviews in which role.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewerPickerKeysTest {
    private MainView view;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path home = Files.createTempDirectory("concord-picker");
        Database db = Database.openSqlite(home.resolve("concord.db"));
        ReviewerService people = new ReviewerService(db);
        people.add("Ann", false);
        people.add("Lee", true);
        view = new MainView(new MainViewModel(db, AppWiring.fx()));
        Scene scene = new Scene(view, 1100, 720);
        scene.getStylesheets().addAll(Styles.stylesheets());
        stage.setScene(scene);
        stage.show();
    }


    private static boolean pickerOpen(FxRobot robot) {
        return robot.lookup("#" + ReviewerPickerDialog.LIST_ID).tryQuery().isPresent();
    }

    private String status(FxRobot robot) {
        return robot.lookup("#" + StatusBar.REVIEWER_ID).queryAs(Label.class).getText();
    }

    private Reviewer current() {
        return view.review().reviewer();
    }

    @Test
    void enterDoubleClickEscAndTheLeadBoxDoWhatTheySay(FxRobot robot) throws Exception {
        assertThat(status(robot)).startsWith("No reviewer chosen");
        assertThat(view.tabs().getSelectionModel().getSelectedIndex()).isZero();

        Platform.runLater(() -> view.reviewerActions().pickIfNeeded(stage));
        waitUntil(() -> pickerOpen(robot));
        robot.push(KeyCode.HOME);
        robot.push(KeyCode.ENTER);
        waitUntil(() -> !pickerOpen(robot) && current() != null);
        assertThat(current().name()).isEqualTo("Ann");
        assertThat(view.tabs().getSelectionModel().getSelectedIndex()).as("joining opens the Review tab")
                .isEqualTo(MainView.REVIEW_TAB);
        assertThat(status(robot)).isEqualTo("Reviewing as Ann · reviewer");

        robot.interact(() -> view.tabs().getSelectionModel().select(0));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        waitUntil(() -> pickerOpen(robot));
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> !pickerOpen(robot));
        assertThat(current().name()).as("Esc changes nothing").isEqualTo("Ann");
        assertThat(view.tabs().getSelectionModel().getSelectedIndex()).isZero();

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        waitUntil(() -> pickerOpen(robot));
        ListCell<?> lee = robot.lookup(".list-cell").match((ListCell<?> c) -> c.getText() != null
                && c.getText().startsWith("Lee")).query();
        robot.doubleClickOn(lee);
        waitUntil(() -> !pickerOpen(robot) && current().name().equals("Lee"));
        assertThat(status(robot)).isEqualTo("Reviewing as Lee · lead");
        assertThat(view.tabs().getSelectionModel().getSelectedIndex()).isEqualTo(MainView.REVIEW_TAB);

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        waitUntil(() -> pickerOpen(robot));
        robot.clickOn("#" + ReviewerPickerDialog.NAME_ID);
        robot.push(KeyCode.SHIFT, KeyCode.Z).type(KeyCode.O).type(KeyCode.E);
        robot.push(KeyCode.TAB).push(KeyCode.SPACE);
        assertThat(robot.lookup("#" + ReviewerPickerDialog.LEAD_ID).query().isFocused()).isTrue();
        robot.push(KeyCode.ENTER);
        waitUntil(() -> !pickerOpen(robot) && current().name().equals("Zoe"));
        assertThat(current().lead()).as("Enter on the Lead box submits, ticked").isTrue();
        assertThat(status(robot)).isEqualTo("Reviewing as Zoe · lead");
    }
}
