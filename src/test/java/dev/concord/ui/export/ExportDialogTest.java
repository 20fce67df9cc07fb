package dev.concord.ui.export;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concord.curate.ExampleFile;
import dev.concord.curate.Exclusion;
import dev.concord.curate.ExportPolicy;
import dev.concord.export.LayoutCheck;
import dev.concord.model.ProgressListener;
import dev.concord.service.ExportReport;
import dev.concord.service.ExportScenario;
import dev.concord.service.ExportService;
import dev.concord.store.Database;
import dev.concord.ui.common.FxTaskExecutor;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    private static Path dir;
    private static Database db;
    private ExportDialog dialog;
    private ExportViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("concord-export-ui");
        db = ExportScenario.build(dir);
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
        vm = new ExportViewModel(new ExportService(db), new FxTaskExecutor("test"), dir.resolve("exports").resolve("first"));
        dialog = new ExportDialog(stage, vm);
        dialog.show();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<ExportViewModel.FileRow> files(FxRobot robot) {
        return robot.lookup("#" + PreviewPane.FILES_ID).queryAs(TableView.class);
    }

    @Test
    void previewsCountsExportsAndListsExclusions(FxRobot robot) throws Exception {
        ExportReport expected = new ExportService(db).preview(ExportPolicy.defaults(), x -> { }, ProgressListener.NONE);
        TableView<ExportViewModel.FileRow> files = files(robot);
        waitUntil(() -> files.getItems().size() == ExampleFile.values().length + 1);
        assertThat(files.getItems().get(2).file()).isEqualTo("train/sft.jsonl");
        assertThat(files.getItems().get(2).rows()).isEqualTo(expected.tally().rows(ExampleFile.SFT)).isPositive();
        assertThat(files.getItems().get(5).rows()).isEqualTo(expected.tally().totalRows());
        assertThat(expected.agreement()).as("a plain preview does not compute agreement").isNull();
        assertThat(robot.lookup("#" + PreviewPane.AGREEMENT_ID).queryAs(Label.class).getText())
                .as("the dialog's first preview does").startsWith("Agreement: Gwet's AC1");
        @SuppressWarnings("unchecked")
        TableView<ExportViewModel.ReasonRow> reasons = robot.lookup("#" + PreviewPane.REASONS_ID).queryAs(TableView.class);
        assertThat(reasons.getItems()).extracting(ExportViewModel.ReasonRow::reason)
                .contains("too-few-reviews", "labels-disagree", "needs-expert", "pii");

        robot.clickOn("#" + PreviewPane.SHOW_ITEMS_ID);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<Exclusion> items = robot.lookup("#" + PreviewPane.ITEMS_ID).queryAs(TableView.class);
        assertThat(items.getItems()).extracting(Exclusion::source).contains("fi-one", "fi-split", "fi-expert");

        TextField heldOut = robot.lookup("#" + PolicyEditor.HELD_OUT_ID).queryAs(TextField.class);
        robot.interact(() -> heldOut.setText("100"));
        waitUntil(() -> files.getItems().size() > 0 && files.getItems().get(0).reviewed() == 2);
        assertThat(files.getItems().get(2).reviewed()).as("every reviewed SFT source went to eval").isZero();
        robot.interact(() -> heldOut.setText("abc"));
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#" + PolicyEditor.ERROR_ID).queryAs(Label.class);
        assertThat(error.getText()).isEqualTo("Held out for eval (%): 'abc' is not a number");
        assertThat(robot.lookup("#" + ExportDialog.EXPORT_ID).queryAs(Button.class).isDisabled()).isTrue();
        robot.interact(() -> heldOut.setText("10"));
        waitUntil(() -> error.getText().isEmpty() && !vm.runningProperty().get());

        Path out = dir.resolve("exports").resolve("first");
        robot.clickOn("#" + ExportDialog.EXPORT_ID);
        waitUntil(() -> vm.lastExportProperty().get() != null);
        for (ExampleFile f : ExampleFile.values()) {
            assertThat(out.resolve(f.path())).exists();
        }
        JsonNode manifest = LayoutCheck.JSON.readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.get("policy").get("curation").get("held_out_share").asDouble()).isEqualTo(0.1);
        Label status = robot.lookup("#" + ExportDialog.STATUS_ID).queryAs(Label.class);
        assertThat(status.getText()).startsWith("Exported ").contains(out.toString(), "blocked by the PII scan");
        assertThat(robot.lookup("#" + ExportDialog.OPEN_ID).queryAs(Button.class).isDisabled()).isFalse();
        assertThat(new ExportService(db).savedPolicy()).isPresent();

        robot.clickOn("#" + ExportDialog.OPEN_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status.getText()).as("headless: no desktop, so the dialog says where the folder is")
                .contains("cannot open folders").contains(out.toString());

        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        robot.interact(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(dialog.getScene().snapshot(null), null), "png",
                        shots.resolve("export-dialog.png").toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(shots.resolve("export-dialog.png")).exists();
    }

    @Test
    void refusesAFolderThatIsNotAnExportAndReportsLeftovers(FxRobot robot) throws Exception {
        Path project = Files.createDirectories(dir.resolve("project").resolve("src"));
        Files.writeString(project.getParent().resolve("manifest.json"), "{\"name\": \"my web app\"}");
        Files.writeString(project.resolve("Main.java"), "class Main {}");
        waitUntil(() -> !vm.runningProperty().get() && !files(robot).getItems().isEmpty());
        robot.interact(() -> vm.outFolderProperty().set(project.getParent().toString()));
        Label status = robot.lookup("#" + ExportDialog.STATUS_ID).queryAs(Label.class);
        robot.clickOn("#" + ExportDialog.EXPORT_ID);
        waitUntil(() -> status.getText().startsWith("Not exported"));
        assertThat(status.getText()).contains("not a Concord export", "nothing was changed")
                .doesNotContain("Exception", "\tat ");
        assertThat(project.resolve("Main.java")).hasContent("class Main {}");
        assertThat(project.getParent().resolve("manifest.json")).hasContent("{\"name\": \"my web app\"}");

        Path out = dir.resolve("exports").resolve("first");
        Path leftover = Files.createDirectories(out.resolveSibling(".first.tmp-42").resolve("eval"));
        Files.writeString(leftover.resolve("golden.jsonl"), "{\"id\":");
        robot.interact(() -> vm.outFolderProperty().set(out.toString()));
        robot.clickOn("#" + ExportDialog.EXPORT_ID);
        waitUntil(() -> vm.lastExportProperty().get() != null);
        assertThat(status.getText()).startsWith("Exported ")
                .contains("removed 1 leftover of an interrupted export (.first.tmp-42)");
        assertThat(leftover.getParent()).doesNotExist();
    }
}
