package dev.concord.ui;

import dev.concord.model.FlagReason;
import dev.concord.model.ProgressListener;
import dev.concord.model.QueueEntry;
import dev.concord.service.Workspace;
import dev.concord.ui.common.StatusBar;
import dev.concord.ui.common.Styles;
import dev.concord.ui.queue.ItemDetailView;
import dev.concord.ui.queue.QueueView;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static Path home;
    private MainView view;

    @Start
    void start(Stage stage) throws Exception {
        home = Files.createTempDirectory("concord-ui");
        Workspace.Opened opened = new Workspace(home).open(Optional.empty(), ProgressListener.NONE);
        assertThat(opened.sampleIngest()).as("first start ingests the bundled samples").isNotNull();
        view = new MainView(new MainViewModel(opened.database(), AppWiring.fx()));
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().addAll(Styles.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void importRunsInTheBackgroundThenShowsTheReportAndTheNewItems(FxRobot robot) throws Exception {
        TableView<QueueEntry> table = robot.lookup("#" + QueueView.TABLE_ID).queryTableView();
        int before = table.getItems().size();
        Path log = dev.concord.ingest.Logs.log()
                .generation("imp-1", "imp-s1", "Why is my export empty?", "No idea.").down("imp-1")
                .generation("imp-2", "imp-s2", "Reset my password", "Done.").down("imp-2")
                .line("{broken")
                .writeTo(home.resolve("import.jsonl"));
        robot.interact(() -> view.importFiles(java.util.List.of(log)));
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#" + dev.concord.ui.ingest.ImportReportDialog.REPORT_ID).tryQuery().isPresent());
        javafx.scene.control.TextArea report = robot.lookup("#" + dev.concord.ui.ingest.ImportReportDialog.REPORT_ID)
                .queryAs(javafx.scene.control.TextArea.class);
        assertThat(report.getText()).contains("events stored:      4", "lines rejected:     1", log + ":5: malformed JSON");
        assertThat(table.getItems().size()).isEqualTo(before + 2);
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        robot.interact(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(report.getScene().snapshot(null), null), "png",
                        shots.resolve("import-report.png").toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        robot.interact(() -> ((javafx.stage.Stage) report.getScene().getWindow()).close());
    }

    @Test
    void aWriteWaitingForAnotherProcessSaysSoInTheStatusBarAndLandsAfterIt(FxRobot robot) throws Exception {
        Path log = dev.concord.ingest.Logs.log().generation("wait-1", "wait-s1", "Still there?", "No.").down("wait-1")
                .writeTo(home.resolve("wait.jsonl"));
        Label message = robot.lookup("#" + StatusBar.MESSAGE_ID).queryAs(Label.class);
        try (java.sql.Connection other = dev.concord.store.Database.openSqlite(home.resolve("concord.db")).connect();
             java.sql.Statement lock = other.createStatement()) {
            lock.execute("BEGIN IMMEDIATE");
            robot.interact(() -> view.importFiles(java.util.List.of(log)));
            WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                    () -> message.getText().startsWith("waiting for the database (another process is writing: "));
            lock.execute("COMMIT");
        }
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#" + dev.concord.ui.ingest.ImportReportDialog.REPORT_ID).tryQuery().isPresent());
        javafx.scene.control.TextArea report = robot.lookup("#" + dev.concord.ui.ingest.ImportReportDialog.REPORT_ID)
                .queryAs(javafx.scene.control.TextArea.class);
        assertThat(report.getText()).contains("events stored:      2");
        assertThat(message.getText()).doesNotContain("waiting for the database");
        robot.interact(() -> ((javafx.stage.Stage) report.getScene().getWindow()).close());
    }

    private static javafx.scene.Node firstRow(FxRobot robot) {
        return robot.lookup(".table-row-cell").match(n -> ((javafx.scene.control.TableRow<?>) n).getIndex() == 0)
                .queryAs(javafx.scene.Node.class);
    }

    @Test
    void showsTheSampleQueueAndEveryAttemptOfASelectedChain(FxRobot robot) throws Exception {
        TableView<QueueEntry> table = robot.lookup("#" + QueueView.TABLE_ID).queryTableView();
        assertThat(table.getItems().size()).isGreaterThan(50);
        Label db = robot.lookup("#" + StatusBar.DATABASE_ID).queryAs(Label.class);
        assertThat(db.getText()).contains(home.resolve("concord.db").toString());

        robot.clickOn(firstRow(robot));
        WaitForAsyncUtils.waitForFxEvents();
        HBox attempts = robot.lookup("#" + ItemDetailView.ATTEMPTS_ID).queryAs(HBox.class);
        assertThat(attempts.getChildren()).isNotEmpty();

        ComboBox<FlagReason> filter = robot.lookup("#" + QueueView.FILTER_ID).queryComboBox();
        robot.interact(() -> filter.setValue(FlagReason.MANY_REGENERATIONS));
        WaitForAsyncUtils.waitForFxEvents();
        long chains = table.getItems().size();
        assertThat(chains).isPositive();
        assertThat(table.getItems()).allSatisfy(e -> assertThat(e.reasons()).contains(FlagReason.MANY_REGENERATIONS));
        Label count = robot.lookup("#" + QueueView.COUNT_ID).queryAs(Label.class);
        assertThat(count.getText()).isEqualTo(String.format("%,d items", chains));

        robot.clickOn(firstRow(robot));
        WaitForAsyncUtils.waitForFxEvents();
        int expected = table.getItems().get(0).attemptCount();
        assertThat(expected).isGreaterThanOrEqualTo(4);
        assertThat(attempts.getChildren()).hasSize(expected);

        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        robot.interact(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(view.getScene().snapshot(null), null), "png",
                        shots.resolve("main-window.png").toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(shots.resolve("main-window.png")).exists();
    }
}
