package dev.concord.ui;

import dev.concord.model.FlagReason;
import dev.concord.model.ProgressListener;
import dev.concord.model.QueueEntry;
import dev.concord.service.QueueService;
import dev.concord.service.ReviewerService;
import dev.concord.service.Workspace;
import dev.concord.store.Database;
import dev.concord.store.SyntheticReviews;
import dev.concord.ui.common.Styles;
import dev.concord.ui.export.ExportDialog;
import dev.concord.ui.export.ExportViewModel;
import dev.concord.ui.review.ReviewForm;
import dev.concord.ui.review.ReviewViewModel;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store is read in the background, never on the FX thread, where the screens page, refresh and start, and where
 * a reviewer reviews, the dashboard computes and a session is forgotten: every
 * connection opened on the FX thread is recorded (with where it was opened) and must not happen. The sample data
 * has more flagged items than one page (200), so the last row is read as a second page.
 */
@ExtendWith(ApplicationExtension.class)
class StoreOffTheFxThreadTest {
    private FxThreadConnections onFxThread;
    private MainViewModel vm;
    private MainView view;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path home = Files.createTempDirectory("concord-off-fx");
        Database db = new Workspace(home).open(Optional.empty(), ProgressListener.NONE).database();
        QueueService queue = new QueueService(db);
        List<String> chains = queue.page(FlagReason.MANY_REGENERATIONS, 0, 6).stream().map(QueueEntry::id).toList();
        List<String> items = new ArrayList<>(queue.page(null, 0, 40).stream().map(QueueEntry::id).toList());
        chains.stream().filter(c -> !items.contains(c)).forEach(items::add);
        SyntheticReviews.fill(db, items, chains, 3, 7);
        vm = new MainViewModel(db, AppWiring.fx());
        view = new MainView(vm);
        view.review().setReviewer(new ReviewerService(db).add("Lead", true));
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().addAll(Styles.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    private void recordConnectionsOnTheFxThread() {
        onFxThread = FxThreadConnections.record();
    }

    @AfterEach
    void stopRecording() {
        FxThreadConnections.stop();
    }

    @Test
    void theRecorderSeesAStoreReadOnTheFxThread(FxRobot robot) {
        recordConnectionsOnTheFxThread();
        robot.interact(() -> vm.database().read(c -> 1));
        assertThat(onFxThread.opened()).hasSize(1);
    }

    @Test
    void queuePagingDisagreementsRefreshAndExportDialogStartReadTheStoreInTheBackground(FxRobot robot)
            throws Exception {
        recordConnectionsOnTheFxThread();
        TableView<QueueEntry> table = view.queueView().table();
        robot.interact(() -> vm.queue().refresh());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.queue().totalProperty().get() > 200);
        int last = (int) vm.queue().totalProperty().get() - 1;
        robot.interact(() -> {
            table.scrollTo(last);
            table.getSelectionModel().select(last);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().get(last) != null);
        robot.interact(() -> table.getSelectionModel().clearAndSelect(last));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.queue().selectedItemProperty().get() != null);
        assertThat(vm.queue().selectedItemProperty().get().id()).isEqualTo(table.getItems().get(last).id());

        robot.interact(() -> vm.disagreements().refresh());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.disagreements().totalProperty().get() > 0);

        AtomicReference<ExportViewModel> export = new AtomicReference<>();
        AtomicReference<ExportDialog> dialog = new AtomicReference<>();
        robot.interact(() -> {
            export.set(vm.exportDialog());
            dialog.set(new ExportDialog(stage, export.get()));
            dialog.get().show();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> export.get().statusProperty().get().contains("reviewed items"));
        robot.interact(() -> dialog.get().close());

        assertThat(onFxThread.opened()).as("connections opened on the FX thread").isEmpty();
    }

    @Test
    void reviewingTheAgreementDashboardAndForgettingASessionUseTheStoreInTheBackground(FxRobot robot)
            throws Exception {
        ReviewViewModel reviewing = vm.reviewing();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> reviewing.modeProperty().get() == ReviewViewModel.Mode.REVIEWING);
        recordConnectionsOnTheFxThread();
        robot.interact(() -> {
            ReviewForm form = reviewing.form();
            form.chooseKey("2", view.review().settings().labels());
            if (form.attempts() > 1) {
                form.setPicks(0, form.attempts() - 1, false);
            }
            reviewing.submit();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> reviewing.modeProperty().get() == ReviewViewModel.Mode.REVEAL);
        robot.interact(reviewing::continueReviewing);
        robot.interact(reviewing::skip);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> reviewing.messageProperty().get().startsWith("Skipped"));

        robot.interact(() -> vm.agreement().showing());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.agreement().analysisProperty().get() != null);
        robot.interact(() -> vm.agreement().select(vm.agreement().drillItems().get(0)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.agreement().selectedProperty().get() != null);

        String session = new QueueService(vm.database()).page(null, 0, 1).get(0).session();
        AtomicReference<Object> counted = new AtomicReference<>();
        robot.interact(() -> vm.forgetting().preview(session, counted::set));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> counted.get() != null);
        robot.interact(() -> vm.forgetting().forget(session));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.statusProperty().get().startsWith("Forgotten"));

        assertThat(onFxThread.opened()).as("connections opened on the FX thread").isEmpty();
    }
}
