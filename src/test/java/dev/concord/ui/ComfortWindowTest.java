package dev.concord.ui;

import dev.concord.model.ProgressListener;
import dev.concord.model.QueueEntry;
import dev.concord.service.Workspace;
import dev.concord.store.Database;
import dev.concord.store.StoreException;
import dev.concord.ui.common.ErrorDialog;
import dev.concord.ui.common.Styles;
import dev.concord.ui.help.ShortcutSheet;
import dev.concord.ui.queue.QueueView;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.concord.ui.Screens.shoot;
import static dev.concord.ui.Screens.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The main window's comforts: F1, error dialogs, queue search. */
@ExtendWith(ApplicationExtension.class)
class ComfortWindowTest {
    private Path home;
    private MainView view;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        home = Files.createTempDirectory("concord-comfort");
        Workspace.Opened opened = new Workspace(home).openSample(ProgressListener.NONE);
        view = new MainView(new MainViewModel(opened.database(), AppWiring.fx()));
        scene = new Scene(view, 1024, 700);
        scene.getStylesheets().addAll(Styles.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        Database.checkEachConnection(null);
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w.getScene() != scene).forEach(Window::hide));
    }

    @Test
    void f1ListsEveryAcceleratorOfTheWindowWithWhatItDoes(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#" + QueueView.TABLE_ID).tryQuery().isPresent());
        robot.clickOn("#" + QueueView.TABLE_ID);
        robot.type(KeyCode.F1);
        waitUntil(() -> robot.lookup("#" + ShortcutSheet.ID).tryQuery().isPresent());
        Scene sheet = robot.lookup("#" + ShortcutSheet.ID).query().getScene();
        Set<String> shown = sheet.getRoot().lookupAll(".label").stream().map(n -> ((Label) n).getText())
                .collect(Collectors.toSet());
        Set<String> keys = scene.getAccelerators().keySet().stream().map(k -> k.getDisplayText())
                .collect(Collectors.toSet());
        assertThat(keys).contains(ShortcutSheet.KEY.getDisplayText(), QueueView.SEARCH_KEY.getDisplayText())
                .hasSizeGreaterThanOrEqualTo(8);
        assertThat(shown).containsAll(keys).doesNotContain("(undescribed)")
                .contains("File → Import", "Queue: search", "submit", "decide");
        shoot(sheet, "shortcuts-f1.png");
    }

    @Test
    void anUnreadableLogIsADialogNamingItAndNoReport(FxRobot robot) throws Exception {
        Path missing = home.resolve("no-such-log.jsonl");
        robot.interact(() -> view.importFiles(List.of(missing)));
        waitUntil(() -> robot.lookup("#" + ErrorDialog.ID).tryQuery().isPresent());
        DialogPane pane = robot.lookup("#" + ErrorDialog.ID).queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("A log could not be read");
        assertThat(robot.lookup("#" + ErrorDialog.HAPPENED_ID).queryLabeled().getText())
                .contains(missing.toString(), "Nothing was imported.").doesNotContain("\tat ");
        assertThat(robot.lookup("#" + ErrorDialog.NEXT_ID).queryLabeled().getText()).contains("File → Import");
        assertThat(robot.lookup("#" + dev.concord.ui.ingest.ImportReportDialog.REPORT_ID).tryQuery()).isEmpty();
        shoot(pane.getScene(), "error-unreadable-log.png");
    }

    @Test
    void aDatabaseThatFailsMidUseIsADialogAboutTheLostConnection(FxRobot robot) throws Exception {
        Path log = dev.concord.ingest.Logs.log().generation("lost-1", "lost-s", "Hello?", "Hi.").down("lost-1")
                .writeTo(home.resolve("lost.jsonl"));
        Database.checkEachConnection(() -> {
            throw new StoreException("cannot connect", new SQLException("I/O error sending to the backend", "08006"));
        });
        robot.interact(() -> view.importFiles(List.of(log)));
        waitUntil(() -> robot.lookup("#" + ErrorDialog.ID).tryQuery().isPresent());
        Database.checkEachConnection(null);
        DialogPane pane = robot.lookup("#" + ErrorDialog.ID).queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("Connection to the database lost");
        assertThat(robot.lookup("#" + ErrorDialog.HAPPENED_ID).queryLabeled().getText())
                .contains("importing 1 file(s)").doesNotContain("SQLException", "\tat ");
        assertThat(robot.lookup("#" + ErrorDialog.NEXT_ID).queryLabeled().getText()).contains("database server");
        shoot(pane.getScene(), "error-connection-lost.png");
    }

    @Test
    void theQueueSearchListsOnlyMatchingItemsAndEscapeClearsIt(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#" + QueueView.COUNT_ID).queryLabeled().getText().endsWith("items"));
        String all = robot.lookup("#" + QueueView.COUNT_ID).queryLabeled().getText();
        TableView<QueueEntry> table = robot.lookup("#" + QueueView.TABLE_ID).queryTableView();
        waitUntil(() -> !table.getItems().isEmpty() && table.getItems().get(0) != null);
        String session = table.getItems().get(0).session();
        robot.clickOn("#" + QueueView.SEARCH_ID).write(session);
        waitUntil(() -> robot.lookup("#" + QueueView.COUNT_ID).queryLabeled().getText().matches(".* (match|matches)")
                && table.getItems().stream().allMatch(e -> e != null));
        assertThat(table.getItems()).isNotEmpty().allSatisfy(e -> assertThat(e.session()).isEqualTo(session));
        assertThat(table.getItems().size()).isLessThan(Integer.parseInt(all.replaceAll("\\D", "")));
        shoot(scene, "queue-search-1024x700.png");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#" + QueueView.COUNT_ID).queryLabeled().getText().equals(all));
        assertThat(robot.lookup("#" + QueueView.SEARCH_ID).queryTextInputControl().getText()).isEmpty();
    }
}
