package dev.concord.service;

import dev.concord.testing.TestDatabases;
import dev.concord.review.Viewer;
import dev.concord.agreement.AgreementReport;
import dev.concord.agreement.LabelScale;
import dev.concord.agreement.PairKappa;
import dev.concord.model.CancelledException;
import dev.concord.model.ProgressListener;
import dev.concord.store.Database;
import dev.concord.store.ReviewRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The hand-checked table (docs/agreement.md conventions), as reviews:
 * <pre>
 *          ana   ben   cy
 *   fi-g0  good  good  good
 *   fi-g1  good  good  off
 *   fi-g2  off   off   off
 *   fi-g3  off   good  -
 * </pre>
 * Percent agreement (1 + 1/3 + 1 + 0)/4 = 7/12; Fleiss: pi_good = 13/24, p_e = 0.503472, kappa = 0.160839;
 * alpha: o(good,off) = 2, n_good = 6, n_off = 5, alpha = 1 - 10*4/60 = 1/3; AC1 = 0.172414;
 * Cohen ana/ben 0.5 (n 4), ana/cy 0.4 (n 3), ben/cy 0.4 (n 3).
 */
class AgreementServiceTest {
    private static final Viewer LEAD = new Viewer("lead", true);
    static final double EPS = 1e-6;

    @TempDir
    Path dir;
    Database db;
    ReviewRows rows;

    @BeforeEach
    void handTable() throws Exception {
        db = TestDatabases.open(dir.resolve("a.db"));
        ReviewRows.flaggedItems(db, dir, 5, 2);
        rows = ReviewRows.into(db).reviewer("ana", "Ana").reviewer("ben", "Ben").reviewer("cy", "Cy")
                .lead("lee", "Lee");
        String w47 = "2026-11-17T10:00:00Z";
        String w48 = "2026-11-24T10:00:00Z";
        String[][] table = {{"fi-g0", "good", "good", "good"}, {"fi-g1", "good", "good", "off"},
                {"fi-g2", "off", "off", "off"}, {"fi-g3", "off", "good", null}};
        String[] reviewers = {"ana", "ben", "cy"};
        for (String[] row : table) {
            for (int r = 0; r < 3; r++) {
                if (row[r + 1] != null) {
                    boolean late = row[0].equals("fi-g3") || (row[0].equals("fi-g2") && r == 2);
                    rows.review(row[0], reviewers[r], row[r + 1], late ? w48 : w47);
                }
            }
        }
    }

    private AgreementAnalysis analyse() {
        return new AgreementService(db).analyseStore(AgreementRequest.defaults().withResamples(200), LEAD,
                ProgressListener.NONE);
    }

    @Test
    void latestReviewsGiveTheHandCheckedFigures() {
        rows.setting(LabelSetReader.SETTINGS_KEY, "[\"good\", \"off\"]");
        AgreementReport r = analyse().report();
        assertThat(r.items()).isEqualTo(4);
        assertThat(r.reviewers()).isEqualTo(3);
        assertThat(r.ratings()).isEqualTo(11);
        assertThat(r.percentAgreement()).isCloseTo(7.0 / 12, within(EPS));
        assertThat(r.fleissKappa()).isCloseTo(0.160839, within(EPS));
        assertThat(r.krippendorffAlpha()).isCloseTo(1.0 / 3, within(EPS));
        assertThat(r.gwetAc1()).isCloseTo(0.172414, within(EPS));
        assertThat(r.cohenKappa()).extracting(PairKappa::a, PairKappa::b, PairKappa::n)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ana", "ben", 4),
                        org.assertj.core.groups.Tuple.tuple("ana", "cy", 3),
                        org.assertj.core.groups.Tuple.tuple("ben", "cy", 3));
        assertThat(r.cohenKappa().get(0).kappa()).isCloseTo(0.5, within(EPS));
        assertThat(r.cohenKappa().get(1).kappa()).isCloseTo(0.4, within(EPS));
        assertThat(r.cohenKappa().get(2).kappa()).isCloseTo(0.4, within(EPS));
        assertThat(r.ci()).containsKeys("percent_agreement", "fleiss_kappa", "krippendorff_alpha", "gwet_ac1");
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("only 4 items"));
    }

    @Test
    void onlyTheLatestRevisionCounts() {
        rows.review("fi-g4", "ana", 1, false, "good", null, null, null, false, "2026-11-17T09:00:00Z")
                .review("fi-g4", "ana", 2, true, "off", null, null, null, false, "2026-11-17T09:30:00Z")
                .review("fi-g4", "ben", "off", "2026-11-17T09:40:00Z");
        AgreementAnalysis a = analyse();
        assertThat(a.report().ratings()).isEqualTo(13);
        assertThat(a.drilldown().pair("ana", "ben").items()).filteredOn(d -> d.item().equals("fi-g4"))
                .singleElement().satisfies(d -> {
                    assertThat(d.disagreement()).isFalse();
                    assertThat(d.labels()).isEqualTo("off ×2");
                });
    }

    @Test
    void adjudicatedLabelsAreTheReferenceForReviewers() {
        AgreementAnalysis majority = analyse();
        assertThat(majority.adjudicatedItems()).isZero();
        assertThat(majority.report().perReviewer()).allSatisfy(ra -> assertThat(ra.reference()).isEqualTo("majority"));

        rows.adjudicate("fi-g1", "lee", "off").adjudicate("fi-g3", "lee", "off");
        AgreementAnalysis adjudicated = analyse();
        assertThat(adjudicated.adjudicatedItems()).isEqualTo(2);
        var ana = adjudicated.report().perReviewer().get(0);
        assertThat(ana.reviewer()).isEqualTo("ana");
        assertThat(ana.reference()).isEqualTo("adjudicated-else-majority");
        // the lead's label on fi-g1 (off: ana differs) and fi-g3 (off: agrees); the others' majority on
        // fi-g0 (good) and fi-g2 (off), where ana agrees
        assertThat(ana.referenceN()).isEqualTo(4);
        assertThat(ana.referenceAgreement()).isEqualTo(0.75);
        assertThat(adjudicated.drilldown().reviewer("ben").items().get(0)).satisfies(d -> {
            assertThat(d.disagreement()).isTrue();
            assertThat(d.detail()).isEqualTo("Ben: good · adjudicated: off");
        });
    }

    @Test
    void itemsGoToTheIsoWeekOfTheirLastReview() {
        AgreementAnalysis a = analyse();
        assertThat(a.weeks()).extracting(WeekAgreement::week).containsExactly("2026-W47", "2026-W48");
        assertThat(a.weeks().get(0).report().items()).isEqualTo(2);
        assertThat(a.weeks().get(1).report().items()).isEqualTo(2);
        assertThat(a.weeks().get(0).report().percentAgreement()).isCloseTo((1 + 1.0 / 3) / 2, within(EPS));
        assertThat(a.drilldown().week("2026-W48").items()).extracting(DrillItem::item)
                .containsExactly("fi-g3", "fi-g2");
        assertThat(a.report().warnings()).anyMatch(w -> w.startsWith("2 of 2 weeks have fewer than 30"));
    }

    @Test
    void drillDownListsTheItemsBehindAPairWithDisagreementsFirst() {
        DrillList pair = analyse().drilldown().pair("ana", "ben");
        assertThat(pair.items()).extracting(DrillItem::item).containsExactly("fi-g3", "fi-g0", "fi-g1", "fi-g2");
        assertThat(pair.disagreements()).isOne();
        assertThat(pair.items().get(0).detail()).isEqualTo("Ana: off / Ben: good");
        assertThat(pair.items().get(0).headline()).isEqualTo("question 3");
        assertThat(pair.title()).startsWith("Rated by both Ana and Ben (4 items, 1 against)");

        DrillList off = analyse().drilldown().label("off");
        assertThat(off.items()).extracting(DrillItem::item).containsExactly("fi-g1", "fi-g3", "fi-g2");
        assertThat(off.items().get(0).labels()).isEqualTo("good ×2 · off ×1");
    }

    @Test
    void picksOnRetryChainsAndCorrectionsAreReported() {
        rows.review("fi-c0", "ana", 1, true, "good", "Use the retry flag.", 2, 0, false, "2026-11-17T11:00:00Z")
                .review("fi-c0", "ben", 1, true, "good", "Use the retry flag!", 2, 1, false, "2026-11-17T11:00:00Z")
                .review("fi-c1", "ana", 1, true, "off", "Totally different text here", null, 3, true,
                        "2026-11-17T11:00:00Z")
                .review("fi-c1", "ben", 1, true, "off", "Nothing alike", null, 3, true, "2026-11-17T11:00:00Z");
        AgreementAnalysis a = analyse();
        assertThat(a.picks()).isNotNull();
        assertThat(a.picks().best().items()).isEqualTo(2);
        assertThat(a.picks().best().percentAgreement()).isEqualTo(1.0);
        assertThat(a.picks().best().labels()).containsExactlyInAnyOrder("attempt 3", "none");
        assertThat(a.picks().worst().percentAgreement()).isEqualTo(0.5);
        CorrectionAgreement c = a.corrections();
        assertThat(c.itemsWithCorrections()).isEqualTo(2);
        assertThat(c.comparableItems()).isEqualTo(2);
        assertThat(c.agreeingItems()).isEqualTo(1);
        assertThat(c.agreementShare()).isEqualTo(0.5);
        assertThat(c.perItem().get(0).agreed()).isTrue();
        assertThat(c.perItem().get(0).minSimilarity()).isCloseTo(0.8, within(EPS));
        assertThat(a.drilldown().corrections().items().get(0).item()).isEqualTo("fi-c1");
    }

    @Test
    void withoutPicksOrCorrectionsThoseSectionsAreAbsent() {
        AgreementAnalysis a = analyse();
        assertThat(a.picks()).isNull();
        assertThat(a.corrections()).isNull();
        assertThat(a.labelSet().source()).isEqualTo("defaults");
        assertThat(a.labelSet().kind()).isEqualTo(LabelScale.Kind.NOMINAL);
    }

    @Test
    void withoutAProjectLabelSetTheWorkbenchDefaultsCountAsTheCategories() {
        AgreementAnalysis a = analyse();
        assertThat(a.labelSet().labels()).startsWith("good", "wrong", "unsafe", "off-task", "style", "needs-expert")
                .contains("off");
        assertThat(a.report().warnings()).anyMatch(w -> w.startsWith("labels not in the project label set: off"));
    }

    @Test
    void theProjectLabelSetGivesTheOrderAndUnusedLabelsCount() {
        rows.setting(LabelSetReader.SETTINGS_KEY, "{\"scale\":\"ordinal\",\"labels\":[{\"name\":\"off\",\"key\":\"1\"},"
                + "{\"name\":\"meh\",\"key\":\"2\"},{\"name\":\"good\",\"key\":\"3\"}]}");
        AgreementAnalysis a = analyse();
        assertThat(a.labelSet().source()).isEqualTo("settings");
        assertThat(a.labelSet().kind()).isEqualTo(LabelScale.Kind.ORDINAL);
        assertThat(a.report().labels()).containsExactly("off", "meh", "good");
        assertThat(a.report().ordinal()).isNotNull();
        assertThat(a.report().warnings()).contains("label 'meh' was never used");
        // AC1 with q = 3: p_e = sum pi(1-pi)/2 = 0.248264; (7/12 - p_e)/(1 - p_e)
        assertThat(a.report().gwetAc1()).isCloseTo((7.0 / 12 - 0.248264) / (1 - 0.248264), within(1e-5));
    }

    @Test
    void labelsOutsideTheProjectSetAreAppendedWithAWarning() {
        rows.setting(LabelSetReader.SETTINGS_KEY, "[{\"key\":\"1\",\"id\":\"good\",\"name\":\"Good answer\"},"
                + "{\"key\":\"2\",\"id\":\"unsafe\",\"name\":\"unsafe / policy\"}]");
        AgreementAnalysis a = analyse();
        assertThat(a.report().labels()).containsExactly("good", "unsafe", "off");
        assertThat(a.report().warnings()).contains("labels not in the project label set: off");
    }

    @Test
    void anUnreadableLabelSetFallsBackToNominalWithAWarning() {
        rows.setting(LabelSetReader.SETTINGS_KEY, "{oops");
        AgreementAnalysis a = analyse();
        assertThat(a.labelSet().source()).isEqualTo("data");
        assertThat(a.report().warnings()).anyMatch(w -> w.startsWith("the project label set (settings 'review.labels')"
                + " cannot be read"));
    }

    @Test
    void progressRisesToTheEndAndCancelStops() {
        List<Long> seen = new ArrayList<>();
        new AgreementService(db).analyseStore(AgreementRequest.defaults().withResamples(50), LEAD,
                (done, total, msg) -> seen.add(done));
        List<Long> known = seen.stream().filter(d -> d >= 0).toList();
        assertThat(known).isSorted();
        assertThat(known.get(known.size() - 1)).isEqualTo(1000L);

        ProgressListener cancelling = new ProgressListener() {
            int calls;

            @Override
            public void progress(long done, long total, String message) {
                calls++;
            }

            @Override
            public boolean isCancelled() {
                return calls > 3;
            }
        };
        assertThatThrownBy(() -> new AgreementService(db).analyseStore(AgreementRequest.defaults(), LEAD, cancelling))
                .isInstanceOf(CancelledException.class);
    }

    @Test
    void theSameSeedGivesTheSameIntervals() {
        AgreementReport a = analyse().report();
        AgreementReport b = analyse().report();
        AgreementReport other = new AgreementService(db).analyseStore(AgreementRequest.defaults()
                .withResamples(200).withSeed(99), LEAD, ProgressListener.NONE).report();
        assertThat(a.ci()).isEqualTo(b.ci());
        assertThat(other.ci()).isNotEqualTo(a.ci());
    }

    @Test
    void itemReviewsShowEveryLatestReviewAndTheDecision() {
        rows.adjudicate("fi-g1", "lee", "off");
        ItemReviews item = new AgreementService(db).itemReviews(LEAD, "fi-g1");
        assertThat(item.item().attempts()).hasSize(1);
        assertThat(item.reviews()).extracting(r -> r.reviewerName() + "=" + r.label())
                .containsExactly("Ana=good", "Ben=good", "Cy=off");
        assertThat(item.adjudication().label()).isEqualTo("off");
        assertThat(new AgreementService(db).itemReviews(LEAD, "fi-none").item()).isNull();
    }

    @Test
    void anEmptyStoreGivesNullsAndAWarningNotAnError() throws Exception {
        Database empty = TestDatabases.open(dir.resolve("empty.db"));
        AgreementAnalysis a = new AgreementService(empty).analyseStore(AgreementRequest.defaults(), LEAD,
                ProgressListener.NONE);
        assertThat(a.report().items()).isZero();
        assertThat(a.report().fleissKappa()).isNull();
        assertThat(a.weeks()).isEmpty();
        assertThat(a.report().warnings()).contains("the database holds no reviews yet");
        Map<String, Object> json = AgreementAnalysisJson.toMap(a);
        assertThat(json).containsEntry("fleiss_kappa", null).containsEntry("per_week", List.of());
    }
}
