package dev.concord.ui.agreement;

import dev.concord.ui.Screens;
import dev.concord.review.Viewer;
import dev.concord.agreement.AgreementReport;
import dev.concord.model.FlagReason;
import dev.concord.model.ProgressListener;
import dev.concord.model.QueueEntry;
import dev.concord.service.AgreementAnalysis;
import dev.concord.service.AgreementRequest;
import dev.concord.service.AgreementService;
import dev.concord.service.DrillList;
import dev.concord.service.QueueService;
import dev.concord.service.Workspace;
import dev.concord.store.Database;
import dev.concord.store.SyntheticReviews;
import dev.concord.ui.AppWiring;
import dev.concord.ui.MainView;
import dev.concord.ui.MainViewModel;
import dev.concord.ui.common.Styles;
import javafx.scene.Node;
import javafx.scene.Scene;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Agreement tab in the real main window over the sample data with synthetic reviews. */
@ExtendWith(ApplicationExtension.class)
class AgreementDashboardTest {
    private MainView view;
    private Database db;

    @Start
    void start(Stage stage) throws Exception {
        Path home = Files.createTempDirectory("concord-agreement-ui");
        Workspace.Opened opened = new Workspace(home).open(Optional.empty(), ProgressListener.NONE);
        db = opened.database();
        QueueService queue = new QueueService(db);
        List<String> chains = queue.page(FlagReason.MANY_REGENERATIONS, 0, 12).stream().map(QueueEntry::id).toList();
        List<String> items = new ArrayList<>(queue.page(null, 0, 90).stream().map(QueueEntry::id).toList());
        chains.stream().filter(c -> !items.contains(c)).forEach(items::add);
        SyntheticReviews.fill(db, items, chains, 3, 11);
        view = new MainView(new MainViewModel(db, AppWiring.fx()));
        view.review().setReviewer(new dev.concord.service.ReviewerService(db).add("Lead", true));
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().addAll(Styles.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    private AgreementTab tab() {
        return (AgreementTab) view.tabs().getTabs().stream().filter(t -> t instanceof AgreementTab).findFirst()
                .orElseThrow();
    }

    @Test
    void showsTheServicesFiguresAndDrillsFromAHeatmapCellToReviewsSideBySide(FxRobot robot) throws Exception {
        AgreementTab tab = tab();
        robot.interact(() -> view.tabs().getSelectionModel().select(tab));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> tab.viewModel().analysisProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + AgreementView.PROGRESS_ID).query().isVisible()).isFalse();

        AgreementReport expected = new AgreementService(db).analyseStore(AgreementRequest.defaults(),
                Viewer.of(view.review().reviewer()), ProgressListener.NONE).report();
        for (String key : List.of("percent_agreement", "fleiss_kappa", "krippendorff_alpha", "gwet_ac1")) {
            Label value = robot.lookup("#" + HeadlinePanel.VALUE_ID_PREFIX + key).queryAs(Label.class);
            assertThat(value.getText()).as(key)
                    .isEqualTo(String.format(java.util.Locale.ROOT, "%.3f", expected.headline(key)));
        }
        assertThat(tab.viewModel().headline().get(2).ci()).isEqualTo(expected.ci().get("krippendorff_alpha"));
        assertThat(robot.lookup("#" + AgreementView.WARNINGS_ID).query().isVisible()).isTrue();

        Node cell = robot.lookup("#" + PairHeatmap.CELL_ID_PREFIX + "0-1").query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        AgreementAnalysis shown = tab.viewModel().analysisProperty().get();
        String a = shown.report().perReviewer().get(0).reviewer();
        String b = shown.report().perReviewer().get(1).reviewer();
        DrillList behind = shown.drilldown().pair(a, b);
        TableView<?> table = robot.lookup("#" + DrillDownPanel.TABLE_ID).queryTableView();
        assertThat(table.getItems()).hasSize(behind.items().size()).isNotEmpty();
        assertThat(robot.lookup("#" + DrillDownPanel.TITLE_ID).queryAs(Label.class).getText())
                .startsWith("Rated by both " + shown.nameOf(a) + " and " + shown.nameOf(b));
        assertThat(behind.items().size()).isEqualTo(expected.cohenKappa().get(0).n());

        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        HBox cards = robot.lookup("#" + ReviewsSideBySide.CARDS_ID).queryAs(HBox.class);
        int reviews = tab.viewModel().selectedProperty().get().reviews().size();
        boolean adjudicated = tab.viewModel().selectedProperty().get().adjudication() != null;
        assertThat(reviews).isEqualTo(3);
        assertThat(cards.getChildren()).hasSize(1 + reviews + (adjudicated ? 1 : 0));

        javafx.scene.control.ScrollPane scroll =
                (javafx.scene.control.ScrollPane) view.lookup(".agreement-view .scroll-pane");
        Screens.shoot(view.getScene(), "agreement-dashboard.png");
        for (double at : new double[] {0.5, 1.0}) {
            robot.interact(() -> scroll.setVvalue(at));
            WaitForAsyncUtils.waitForFxEvents();
            Screens.shoot(view.getScene(), "agreement-dashboard-scrolled-" + (int) (at * 100) + ".png");
        }
    }

    @Test
    void recomputeRunsInTheBackgroundWithProgressAndCancel(FxRobot robot) throws Exception {
        AgreementTab tab = tab();
        robot.interact(() -> view.tabs().getSelectionModel().select(tab));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> tab.viewModel().analysisProperty().get() != null);
        AgreementAnalysis first = tab.viewModel().analysisProperty().get();
        robot.interact(() -> {
            tab.viewModel().recompute();
            assertThat(tab.viewModel().computingProperty().get()).isTrue();
            assertThat(robot.lookup("#" + AgreementView.CANCEL_ID).query().isVisible()).isTrue();
            tab.viewModel().cancel();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !tab.viewModel().computingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        String status = tab.viewModel().statusProperty().get();
        assertThat(status).satisfiesAnyOf(s -> assertThat(s).startsWith("Cancelled"),
                s -> assertThat(s).startsWith("Computed"));
        if (status.startsWith("Cancelled")) {
            assertThat(tab.viewModel().analysisProperty().get()).isSameAs(first);
        }
        AgreementAnalysis before = tab.viewModel().analysisProperty().get();
        robot.clickOn("#" + AgreementView.RECOMPUTE_ID);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> tab.viewModel().analysisProperty().get() != before
                && !tab.viewModel().computingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tab.viewModel().statusProperty().get()).startsWith("Computed in");
    }

}
