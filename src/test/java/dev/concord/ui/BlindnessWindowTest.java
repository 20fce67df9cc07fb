package dev.concord.ui;

import dev.concord.review.ReviewDraft;
import dev.concord.review.Reviewer;
import dev.concord.service.DrillItem;
import dev.concord.service.ReviewFixture;
import dev.concord.ui.agreement.AgreementTab;
import dev.concord.ui.common.AttemptStrip;
import dev.concord.ui.common.Styles;
import dev.concord.ui.review.ReviewViewModel;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Blind on every screen: reviewer Bob, who has reviewed nothing, walks every tab and drill-down of the real window
 * and finds no trace of Ann's labels, corrections or notes; once he reviews an item he sees Ann's review of that
 * item only; a lead sees everything.
 */
@ExtendWith(ApplicationExtension.class)
class BlindnessWindowTest {
    private static final String FIX = "ZEBRA-FIX-";
    private static final String NOTE = "ANN-NOTE-";
    private ReviewFixture f;
    private MainView view;
    private MainViewModel mainVm;
    private Reviewer ann;
    private Reviewer bob;
    private Reviewer lea;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** Seeds the database off the FX thread (the toolkit's setup has a short timeout), then opens the window as Bob. */
    private void open(FxRobot robot) throws Exception {
        f = new ReviewFixture(Files.createTempDirectory("concord-blind-ui"), 4);
        f.overlap(3);
        ann = f.reviewer("Ann");
        Reviewer cid = f.reviewer("Cid");
        bob = f.reviewer("Bob");
        lea = f.lead("Lea");
        for (int i = 1; i <= 4; i++) {
            String item = ReviewFixture.single(i);
            f.reviews.submit(ann.id(), item, new ReviewDraft("unsafe", FIX + item, null, null, false, NOTE + item));
            f.reviews.submit(cid.id(), item, new ReviewDraft(i % 2 == 0 ? "unsafe" : "wrong", "Cid's fix " + i, null,
                    null, false, null));
        }
        f.reviews.submit(ann.id(), ReviewFixture.CHAIN, new ReviewDraft("wrong", FIX + "chain", 1, 0, false,
                NOTE + "chain"));
        robot.interact(() -> {
            mainVm = new MainViewModel(f.db, AppWiring.fx());
            view = new MainView(mainVm);
            view.review().setReviewer(bob);
            Scene scene = new Scene(view, 1280, 800);
            scene.getStylesheets().addAll(Styles.stylesheets());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aReviewerWhoReviewedNothingFindsNoTraceOfAnothersReviewOnAnyTab(FxRobot robot) throws Exception {
        open(robot);
        assertThat(view.tabs().getTabs()).extracting(Tab::getText).doesNotContain("Disagreements");
        AgreementTab agreement = agreementTab();
        for (Tab tab : view.tabs().getTabs()) {
            robot.interact(() -> view.tabs().getSelectionModel().select(tab));
            if (tab == agreement) {
                computed(agreement);
            }
            WaitForAsyncUtils.waitForFxEvents();
            assertNoTraceOfAnn(tab.getText());
        }
        robot.interact(() -> ((javafx.scene.control.MenuBar) view.getTop()).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> MainView.EXPORT_MENU_ID.equals(i.getId()))
                .findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts()).as("export is for leads: a reviewer gets the reason, not the dialog")
                .contains(dev.concord.ui.export.ExportDialog.LEADS_ONLY).doesNotContain("What stays out, and why");
        assertNoTraceOfAnn("File ▸ Export…");
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != view.getScene().getWindow())
                .toList().forEach(Window::hide));
        var vm = agreement.viewModel();
        assertThat(vm.analysisProperty().get().report().fleissKappa()).as("the figures are there").isNotNull();
        List<Runnable> drills = List.of(vm::drillAll, vm::drillCorrections, () -> vm.drillPair(ann.id(), f.reviewer("Dan").id()),
                () -> vm.drillLabel("unsafe"), () -> vm.drillReviewer(ann.id()), () -> vm.drillWeek("2026-W47"));
        robot.interact(() -> view.tabs().getSelectionModel().select(agreement));
        for (Runnable drill : drills) {
            robot.interact(() -> {
                try {
                    drill.run();
                } catch (IllegalArgumentException unknownReviewer) {
                    vm.drillAll();
                }
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(vm.drillItems()).as(vm.drillTitleProperty().get()).isEmpty();
            assertNoTraceOfAnn("drill-down " + vm.drillTitleProperty().get());
        }
        robot.interact(vm::drillAll);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.hiddenNoteProperty().get()).startsWith("Item rows show only items you have reviewed");
        assertThat(texts()).anyMatch(t -> t.startsWith("Item rows show only items you have reviewed"));
        Screens.shoot(view.getScene(), "agreement-blind.png");
    }

    @Test
    void afterReviewingAnItemTheReviewerSeesThatItemsReviewsOnlyAndALeadSeesAll(FxRobot robot) throws Exception {
        open(robot);
        String g1 = ReviewFixture.single(1);
        f.reviews.submit(bob.id(), g1, ReviewDraft.labelOnly("good"));
        AgreementTab agreement = agreementTab();
        robot.interact(() -> view.tabs().getSelectionModel().select(agreement));
        computed(agreement);
        var vm = agreement.viewModel();
        assertThat(vm.drillItems()).extracting(DrillItem::item).containsExactly(g1);
        robot.interact(() -> vm.select(vm.drillItems().get(0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts()).as("Ann's review of the item Bob reviewed").contains(FIX + g1, "Note: " + NOTE + g1);
        assertThat(String.join("\n", texts())).doesNotContain(FIX + ReviewFixture.single(2), NOTE + "chain");

        robot.interact(() -> view.review().setReviewer(lea));
        assertThat(view.tabs().getTabs()).extracting(Tab::getText).contains("Disagreements");
        robot.interact(() -> view.tabs().getSelectionModel().select(agreement));
        computed(agreement);
        assertThat(vm.drillItems()).hasSize(5);
        assertThat(vm.hiddenNoteProperty().get()).isEmpty();
        DrillItem g2 = vm.drillItems().stream().filter(d -> d.item().equals(ReviewFixture.single(2))).findFirst()
                .orElseThrow();
        robot.interact(() -> vm.select(g2));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts()).contains(FIX + ReviewFixture.single(2));

        robot.interact(() -> view.review().setReviewer(bob));
        assertThat(view.tabs().getTabs()).extracting(Tab::getText).doesNotContain("Disagreements");
        assertThat(String.join("\n", texts())).as("switching back to Bob clears the lead's rows at once")
                .doesNotContain(FIX + ReviewFixture.single(2));
    }

    @Test
    void theSharedAttemptCardsShowTheBlindReviewerNoOtherReviewersLabelsOrPicks(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> view.tabs().getSelectionModel().select(MainView.REVIEW_TAB));
        ReviewViewModel reviewing = mainVm.reviewing();
        for (int i = 0; i < 6 && !ReviewFixture.CHAIN.equals(shownItem(reviewing)); i++) {
            Screens.waitUntil(() -> reviewing.modeProperty().get() == ReviewViewModel.Mode.REVIEWING
                    && !reviewing.busyProperty().get());
            if (!ReviewFixture.CHAIN.equals(shownItem(reviewing))) {
                robot.interact(reviewing::skip);
            }
        }
        Screens.waitUntil(() -> ReviewFixture.CHAIN.equals(shownItem(reviewing)) && !reviewing.busyProperty().get());
        AttemptStrip strip = (AttemptStrip) view.lookup("#" + AttemptStrip.ID);
        assertThat(strip.shown()).as("Ann reviewed this chain: best attempt 2, worst attempt 1").hasSize(4);
        List<String> onCards = new ArrayList<>();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> collect(strip, onCards, new IdentityHashMap<>()));
        assertThat(String.join("\n", onCards)).as("the attempt cards on Bob's blind screen").contains("first try")
                .doesNotContain(FIX, NOTE, "Ann", "★ best", "✗ worst");
        assertThat(strip.lookupAll("." + Styles.LABEL_CHIP)).isEmpty();
    }

    private static String shownItem(ReviewViewModel vm) {
        return vm.itemProperty().get() == null ? null : vm.itemProperty().get().id();
    }

    private AgreementTab agreementTab() {
        return (AgreementTab) view.tabs().getTabs().stream().filter(t -> t instanceof AgreementTab).findFirst()
                .orElseThrow();
    }

    private static void computed(AgreementTab tab) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> tab.viewModel().analysisProperty().get() != null
                && !tab.viewModel().computingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertNoTraceOfAnn(String where) {
        String all = String.join("\n", texts());
        assertThat(all).as(where + ": Ann's corrections and notes").doesNotContain(FIX, NOTE);
        assertThat(all).as(where + ": per-item labels named by reviewer").doesNotContain("Ann: unsafe", "Ann: wrong", "Cid's fix",
                "unsafe ×", "wrong ×");
    }

    /** Every text in every open window: labels, text fields, texts, tooltips, and the items of tables and lists. */
    private static List<String> texts() {
        List<String> out = new ArrayList<>();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            Map<Node, Boolean> seen = new IdentityHashMap<>();
            for (Window w : Window.getWindows()) {
                if (w.getScene() != null) {
                    collect(w.getScene().getRoot(), out, seen);
                }
            }
        });
        return out;
    }

    private static void collect(Node n, List<String> out, Map<Node, Boolean> seen) {
        if (n == null || seen.put(n, true) != null) {
            return;
        }
        if (n instanceof Labeled l) {
            out.add(String.valueOf(l.getText()));
        }
        if (n instanceof TextInputControl t) {
            out.add(String.valueOf(t.getText()));
        }
        if (n instanceof Text t) {
            out.add(String.valueOf(t.getText()));
        }
        if (n instanceof Control c && c.getTooltip() != null) {
            out.add(c.getTooltip().getText());
        }
        n.getProperties().values().stream().filter(v -> v instanceof Tooltip).forEach(v -> out.add(((Tooltip) v).getText()));
        if (n instanceof TableView<?> t) {
            t.getItems().forEach(i -> out.add(String.valueOf(i)));
            if (t.getPlaceholder() != null) {
                collect(t.getPlaceholder(), out, seen);
            }
        }
        if (n instanceof ListView<?> l) {
            l.getItems().forEach(i -> out.add(String.valueOf(i)));
        }
        if (n instanceof TabPane p) {
            p.getTabs().forEach(t -> collect(t.getContent(), out, seen));
        }
        if (n instanceof SplitPane p) {
            p.getItems().forEach(i -> collect(i, out, seen));
        }
        if (n instanceof ScrollPane p) {
            collect(p.getContent(), out, seen);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out, seen));
        }
    }

}
