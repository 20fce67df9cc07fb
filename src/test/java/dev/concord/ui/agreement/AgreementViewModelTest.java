package dev.concord.ui.agreement;

import dev.concord.review.Viewer;
import dev.concord.agreement.AgreementReport;
import dev.concord.model.ProgressListener;
import dev.concord.service.AgreementAnalysis;
import dev.concord.service.AgreementRequest;
import dev.concord.service.AgreementService;
import dev.concord.service.DrillItem;
import dev.concord.store.Database;
import dev.concord.store.ReviewRows;
import dev.concord.store.SyntheticReviews;
import dev.concord.ui.common.DirectTaskExecutor;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's state without the JavaFX toolkit: an analysis computed synchronously is shown and drilled. */
class AgreementViewModelTest {
    private static final Viewer LEAD = new Viewer("lead", true);
    @TempDir
    Path dir;
    Database db;
    AgreementViewModel vm;
    final DirectTaskExecutor tasks = new DirectTaskExecutor();
    AgreementAnalysis analysis;

    @BeforeEach
    void computed() throws Exception {
        db = Database.openSqlite(dir.resolve("vm.db"));
        List<String> items = ReviewRows.flaggedItems(db, dir, 40, 6);
        SyntheticReviews.fill(db, items, items.subList(40, 46), 4, 7);
        AgreementRequest request = AgreementRequest.defaults().withResamples(100);
        analysis = new AgreementService(db).analyseStore(request, LEAD, ProgressListener.NONE);
        vm = new AgreementViewModel(() -> db, () -> LEAD, AgreementService::new, tasks, request);
        vm.show(analysis);
    }

    @Test
    void comingIntoViewComputesThroughTheExecutorOnceAndAgainOnlyForAnotherViewer() {
        DirectTaskExecutor tasks = new DirectTaskExecutor();
        Viewer[] who = {LEAD};
        AgreementViewModel fresh = new AgreementViewModel(() -> db, () -> who[0], AgreementService::new, tasks,
                AgreementRequest.defaults().withResamples(100));
        fresh.showing();
        fresh.showing();
        assertThat(tasks.titles()).containsExactly("Computing agreement…");
        assertThat(fresh.analysisProperty().get()).isNotNull();

        who[0] = new Viewer("other-lead", true);
        fresh.viewerChanged();
        fresh.showing();
        assertThat(tasks.titles()).hasSize(2);
        assertThat(fresh.analysisProperty().get()).isNotNull();
    }

    @Test
    void headlineFiguresAreTheReportsWithIntervalsAndBandsBesideThem() {
        AgreementReport r = analysis.report();
        assertThat(vm.headline()).extracting(Figure::key)
                .containsExactly("percent_agreement", "fleiss_kappa", "krippendorff_alpha", "gwet_ac1");
        Figure fleiss = vm.headline().get(1);
        assertThat(fleiss.value()).isEqualTo(r.fleissKappa());
        assertThat(fleiss.ci()).isEqualTo(r.ci().get("fleiss_kappa"));
        assertThat(fleiss.valueText()).isEqualTo(String.format(java.util.Locale.ROOT, "%.3f", r.fleissKappa()));
        assertThat(fleiss.bandText()).isNotEmpty();
        assertThat(fleiss.describe()).contains(fleiss.valueText(), fleiss.intervalText(), fleiss.bandText());
        assertThat(vm.headline().get(0).bandText()).as("no band for percent agreement").isEmpty();
        assertThat(vm.warnings()).containsExactlyElementsOf(r.warnings());
        assertThat(vm.summaryProperty().get()).contains("46 items", "5 reviewers", "138 reviews",
                "label set: the project label set, nominal, 6 labels",
                "reference: the lead's label on the 5 adjudicated items, else the majority of the other reviewers");
    }

    @Test
    void chartsGetOneFigurePerLabelReviewerAndWeek() {
        assertThat(vm.perLabel()).extracting(Figure::key)
                .containsExactly("good", "wrong", "unsafe", "off-task", "style", "needs-expert");
        assertThat(vm.reviewerMeanKappa()).extracting(Figure::title)
                .containsExactly("Amara", "Bo", "Chen", "Dana", "Eli");
        assertThat(vm.reviewerReferenceKappa().get(0).note()).contains("lead's label, else majority");
        assertThat(vm.weeks()).extracting(Figure::key).containsExactly("2026-W45", "2026-W46", "2026-W47");
        assertThat(vm.picks()).extracting(Figure::key).containsExactly("best_attempt", "worst_attempt");
        assertThat(vm.correctionsProperty().get()).startsWith("Corrections agree on");
        PairMatrix m = vm.pairsProperty().get();
        assertThat(m.size()).isEqualTo(5);
        assertThat(m.pair(0, 1)).isSameAs(m.pair(1, 0));
        assertThat(m.pair(2, 2)).isNull();
        assertThat(m.pair(0, 1).a()).isEqualTo("amara");
    }

    @Test
    void drillingListsTheItemsBehindAFigureAndSelectingShowsTheirReviews() {
        assertThat(vm.drillItems()).hasSize(46);
        vm.drillPair("amara", "bo");
        assertThat(vm.drillTitleProperty().get()).startsWith("Rated by both Amara and Bo");
        assertThat(vm.drillItems()).isNotEmpty().allSatisfy(d -> assertThat(d.detail()).startsWith("Amara: "));
        int against = (int) vm.drillItems().stream().filter(DrillItem::disagreement).count();
        assertThat(vm.drillItems().subList(0, against)).allMatch(DrillItem::disagreement);

        vm.select(vm.drillItems().get(0));
        assertThat(tasks.titles()).as("the reviews are read through the executor")
                .endsWith("Reading the reviews of " + vm.drillItems().get(0).item() + "…");
        assertThat(vm.selectedProperty().get().reviews()).hasSize(3)
                .extracting(r -> r.reviewerId()).contains("amara", "bo");

        vm.drillWeek("2026-W46");
        assertThat(vm.selectedProperty().get()).as("a new list clears the selection").isNull();
        assertThat(vm.drillItems()).hasSize(analysis.drilldown().week("2026-W46").items().size());
        vm.drillLabel("wrong");
        assertThat(vm.drillItems()).allSatisfy(d -> assertThat(d.labels()).contains("wrong"));
        vm.drillReviewer("dana");
        assertThat(vm.drillItems()).allSatisfy(d -> assertThat(d.detail()).startsWith("Dana: "));
        vm.drillCorrections();
        assertThat(vm.drillTitleProperty().get()).startsWith("Items with two or more corrections");
    }

    @Test
    void figuresFormatUndefinedValuesInWords() {
        Figure undefined = new Figure("fleiss_kappa", "Fleiss' κ", null, null, true, "");
        assertThat(undefined.valueText()).isEqualTo("undefined");
        assertThat(undefined.bandText()).isEmpty();
        assertThat(FigureCharts.lowerBound(List.of(List.of(undefined)))).isZero();
        Figure negative = new Figure("k", "k", -0.05, new dev.concord.agreement.Interval(-0.31, 0.2, 100), true, "");
        assertThat(FigureCharts.lowerBound(List.of(List.of(negative)))).isCloseTo(-0.4, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(negative.bandText()).isEqualTo("poor");
    }

    @Test
    void kappaColoursRunFromRedToGreenAndTextStaysReadable() {
        assertThat(KappaColour.fill(null)).isEqualTo(KappaColour.UNDEFINED);
        Color low = KappaColour.fill(-1.0);
        Color high = KappaColour.fill(1.0);
        assertThat(low.getRed()).isGreaterThan(low.getGreen());
        assertThat(high.getGreen()).isGreaterThan(high.getRed());
        assertThat(KappaColour.fill(5.0)).isEqualTo(high);
        assertThat(KappaColour.text(high)).isEqualTo(Color.WHITE);
        assertThat(KappaColour.text(KappaColour.fill(0.3))).isNotEqualTo(Color.WHITE);
    }
}
