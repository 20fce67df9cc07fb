package dev.concord.ui;

import dev.concord.model.FlagReason;
import dev.concord.model.ProgressListener;
import dev.concord.model.QueueEntry;
import dev.concord.service.QueueService;
import dev.concord.service.ReviewerService;
import dev.concord.service.Workspace;
import dev.concord.store.Database;
import dev.concord.store.SyntheticReviews;
import dev.concord.ui.agreement.AgreementTab;
import dev.concord.ui.common.Styles;
import dev.concord.ui.export.ExportDialog;
import dev.concord.ui.reviewer.SettingsDialog;
import dev.concord.ui.reviewer.SettingsViewModel;
import dev.concord.ui.start.AppPrefs;
import dev.concord.ui.start.WelcomeView;
import dev.concord.ui.theme.ThemeChoice;
import dev.concord.ui.theme.Themes;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
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

import static dev.concord.ui.Screens.shoot;
import static dev.concord.ui.Screens.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every tab and the main dialogs at the smallest supported window (1024×700) and at full HD, in AtlantaFX's light
 * and dark themes (switched through View → Theme): no button squeezed below its preferred width, dialogs inside
 * the window, the export dialog's content reachable by scrolling. Screenshots go to target/screenshots/look-*.png
 * (the README shows some of them from docs/screenshots/).
 */
@ExtendWith(ApplicationExtension.class)
class LookAndSizesTest {
    private static final double[][] SIZES = {{1024, 700}, {1920, 1080}};
    /** The id of the Agreement tab's headline chart (HeadlinePanel.CHART_ID, package-private there). */
    private static final String HEADLINE_CHART = "headlineChart";
    private Stage stage;
    private MainView view;
    private MainViewModel vm;
    private AppPrefs prefs;
    private static Path home;
    private static Database db;
    private static dev.concord.review.Reviewer lea;

    /** The sample project with synthetic reviews, made before the window (the FX setup has a short time limit). */
    @BeforeAll
    static void data() throws Exception {
        home = Files.createTempDirectory("concord-look-ui");
        db = new Workspace(home).open(Optional.empty(), ProgressListener.NONE).database();
        QueueService queue = new QueueService(db);
        List<String> chains = queue.page(FlagReason.MANY_REGENERATIONS, 0, 12).stream().map(QueueEntry::id).toList();
        List<String> items = new ArrayList<>(queue.page(null, 0, 90).stream().map(QueueEntry::id).toList());
        chains.stream().filter(c -> !items.contains(c)).forEach(items::add);
        SyntheticReviews.fill(db, items, chains, 3, 11);
        lea = new ReviewerService(db).add("Lea", true);
    }

    /** A window of its own, so that resizing it does not leak into the other UI tests' shared primary stage. */
    @Start
    void start(Stage primary) throws Exception {
        stage = new Stage();
        prefs = new AppPrefs(home.resolve("ui.properties"));
        vm = new MainViewModel(db, AppWiring.fx());
        view = new MainView(vm);
        view.review().setReviewer(lea);
        view.showViewMenu(ThemeMenu.view(ThemeChoice.fromKey(prefs.theme()), c -> prefs.put(AppPrefs.THEME, c.key())));
        Scene scene = new Scene(view, 1024, 700);
        scene.getStylesheets().addAll(Styles.stylesheets());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeTheWindow(FxRobot robot) {
        robot.interact(() -> {
            stage.close();
            Themes.applyDark(false);
        });
    }

    @Test
    void everyScreenAndDialogFitsAtBothSizesInBothThemes(FxRobot robot) throws Exception {
        for (ThemeChoice theme : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
            choose(robot, theme);
            assertThat(Themes.darkProperty().get()).isEqualTo(theme == ThemeChoice.DARK);
            assertThat(new AppPrefs(home.resolve("ui.properties")).theme()).as("remembered").isEqualTo(theme.key());
            for (double[] size : SIZES) {
                String tag = "look-" + theme.key() + "-" + (int) size[0] + "x" + (int) size[1];
                robot.interact(() -> {
                    stage.setX(0);
                    stage.setY(0);
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                });
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(view.getScene().getWidth()).isEqualTo(size[0]);
                visitTabs(robot, tag);
                exportDialog(robot, tag);
                settingsDialog(robot, tag);
                welcome(robot, tag);
            }
        }
    }

    private void choose(FxRobot robot, ThemeChoice theme) {
        MenuBar bar = (MenuBar) view.getTop();
        MenuItem item = bar.getMenus().stream().filter(m -> m.getText().equals("_View"))
                .flatMap(m -> m.getItems().stream()).flatMap(m -> ((javafx.scene.control.Menu) m).getItems().stream())
                .filter(i -> ThemeMenu.id(theme).equals(i.getId())).findFirst().orElseThrow();
        robot.interact(item::fire);
    }

    private void visitTabs(FxRobot robot, String tag) throws Exception {
        QueueEntry first = vm.queue().rows().get(0);
        for (Tab tab : List.copyOf(view.tabs().getTabs())) {
            robot.interact(() -> view.tabs().getSelectionModel().select(tab));
            if (tab.getText().equals("Queue")) {
                robot.interact(() -> view.queueView().table().getSelectionModel().select(0));
            }
            if (tab.getText().equals("Review")) {
                robot.interact(() -> vm.queue().reviewThis(first));
            }
            if (tab instanceof AgreementTab agreement) {
                waitUntil(() -> agreement.viewModel().analysisProperty().get() != null
                        && !agreement.viewModel().computingProperty().get());
                javafx.scene.chart.XYChart<?, ?> chart = (javafx.scene.chart.XYChart<?, ?>) view.getScene().getRoot()
                        .lookup("#" + HEADLINE_CHART);
                waitUntil(() -> tickLabels(chart).size() == 4);
                assertThat(tickLabels(chart)).as(tag + " headline chart labels stay level")
                        .allSatisfy(label -> assertThat(label.getRotate()).isZero());
            }
            waitUntil(() -> !vm.tasks().runningProperty().get() && !view.review().jobs().runningProperty().get());
            assertNothingClipped(view.getScene().getRoot(), tag + " " + tab.getText());
            shoot(view.getScene(), tag + "-" + tab.getText().toLowerCase() + ".png");
        }
        robot.interact(() -> view.tabs().getSelectionModel().select(0));
    }

    private void exportDialog(FxRobot robot, String tag) throws Exception {
        dev.concord.ui.export.ExportViewModel export = vm.exportDialog();
        ExportDialog dialog = WaitForAsyncUtils.asyncFx(() -> {
            ExportDialog d = new ExportDialog(stage, export);
            d.show();
            return d;
        }).get(10, TimeUnit.SECONDS);
        waitUntil(() -> !export.runningProperty().get() && export.statusProperty().get().matches("(?s).*\\d.*"));
        ScrollPane scroll = (ScrollPane) dialog.getScene().getRoot().lookup("#" + ExportDialog.SCROLL_ID);
        Node button = dialog.getScene().getRoot().lookup("#" + ExportDialog.EXPORT_ID);
        assertThat(dialog.getWidth()).as(tag + " export dialog inside the window").isLessThanOrEqualTo(stage.getWidth());
        assertThat(dialog.getHeight()).as(tag + " export dialog inside the window").isLessThanOrEqualTo(stage.getHeight());
        assertNothingClipped(dialog.getScene().getRoot(), tag + " export dialog");
        shoot(dialog.getScene(), tag + "-export.png");

        robot.interact(() -> {
            dialog.setWidth(640);
            dialog.setHeight(480);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inside(button, scroll)).as("the Export button is out of view in a small dialog").isFalse();
        robot.interact(() -> {
            scroll.setHvalue(scroll.getHmax());
            scroll.setVvalue(scroll.getVmax());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inside(button, scroll)).as(tag + " the Export button is reached by scrolling").isTrue();
        robot.interact(dialog::close);
    }

    private void settingsDialog(FxRobot robot, String tag) throws Exception {
        var people = new dev.concord.service.ReviewerService(db).reviewers();
        SettingsDialog dialog = WaitForAsyncUtils.asyncFx(() -> {
            SettingsDialog d = new SettingsDialog(stage, new SettingsViewModel(view.review(), people), vm.rulesEditor());
            d.show();
            return d;
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Window window = dialog.getDialogPane().getScene().getWindow();
        assertThat(window.getHeight()).as(tag + " settings inside the window").isLessThanOrEqualTo(stage.getHeight());
        assertThat(window.getWidth()).as(tag + " settings inside the window").isLessThanOrEqualTo(stage.getWidth());
        assertNothingClipped(dialog.getDialogPane(), tag + " settings");
        shoot(dialog.getDialogPane().getScene(), tag + "-settings.png");
        robot.interact(() -> {
            dialog.setResult(javafx.scene.control.ButtonType.CANCEL);
            dialog.close();
        });
    }

    private void welcome(FxRobot robot, String tag) throws Exception {
        Scene scene = view.getScene();
        WelcomeView welcome = WaitForAsyncUtils.asyncFx(() -> new WelcomeView(prefs, vm.tasks(), new NoActions()))
                .get(10, TimeUnit.SECONDS);
        robot.interact(() -> scene.setRoot(welcome));
        WaitForAsyncUtils.waitForFxEvents();
        assertNothingClipped(welcome, tag + " welcome");
        shoot(scene, tag + "-welcome.png");
        robot.interact(() -> scene.setRoot(view));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The category names under a chart (the axis draws each as a Text). */
    private static List<Node> tickLabels(javafx.scene.chart.XYChart<?, ?> chart) {
        return chart.getXAxis().getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof javafx.scene.text.Text && n.isVisible()).toList();
    }

    /** Whether the node lies wholly inside the scroll pane's viewport. */
    private static boolean inside(Node node, ScrollPane scroll) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Bounds b = node.localToScene(node.getLayoutBounds());
            Node viewport = scroll.lookup(".viewport");
            Bounds v = viewport.localToScene(viewport.getLayoutBounds());
            return b.getMinX() >= v.getMinX() - 0.5 && b.getMaxX() <= v.getMaxX() + 0.5
                    && b.getMinY() >= v.getMinY() - 0.5 && b.getMaxY() <= v.getMaxY() + 0.5;
        }).get(10, TimeUnit.SECONDS);
    }

    /** Every shown button is at least as wide as it wants to be (its text is not cut to "…"). */
    private static void assertNothingClipped(Parent root, String where) throws Exception {
        List<String> squeezed = WaitForAsyncUtils.asyncFx(() -> {
            List<String> out = new ArrayList<>();
            collect(root, out);
            return out;
        }).get(10, TimeUnit.SECONDS);
        assertThat(squeezed).as(where + ": buttons narrower than their preferred width").isEmpty();
    }

    private static void collect(Node node, List<String> out) {
        if (!node.isVisible() || !node.isManaged() && !(node instanceof Parent)) {
            return;
        }
        if (node instanceof ButtonBase b && b.getWidth() > 0 && b.getWidth() + 0.5 < b.prefWidth(-1)) {
            out.add((b.getText() == null ? b.getId() : b.getText()) + " " + Math.round(b.getWidth()) + " < "
                    + Math.round(b.prefWidth(-1)));
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    private static final class NoActions implements WelcomeView.Actions {
        @Override
        public void openSample() {
        }

        @Override
        public void importLogs() {
        }

        @Override
        public void openDatabase() {
        }

        @Override
        public void connectTeam() {
        }

        @Override
        public void open(Path database) {
        }
    }
}
