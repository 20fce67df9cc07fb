package dev.concord.service;

import dev.concord.testing.TestDatabases;
import dev.concord.agreement.ItemAgreement;
import dev.concord.model.ProgressListener;
import dev.concord.review.Review;
import dev.concord.review.ReviewAccessException;
import dev.concord.review.Viewer;
import dev.concord.store.Database;
import dev.concord.store.ReviewRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The agreement analysis as each viewer sees it: the same figures for all, item-level rows only of items the
 * viewer reviewed (a lead: every item).
 */
class AgreementBlindnessTest {
    private static final Viewer ANA = new Viewer("ana", false);
    private static final Viewer BEN = new Viewer("ben", false);
    private static final Viewer DAN = new Viewer("dan", false);
    private static final Viewer LEE = new Viewer("lee", true);

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void reviews() throws Exception {
        db = TestDatabases.open(dir.resolve("b.db"));
        ReviewRows.flaggedItems(db, dir, 4, 1);
        ReviewRows rows = ReviewRows.into(db).reviewer("ana", "Ana").reviewer("ben", "Ben").reviewer("cy", "Cy")
                .reviewer("dan", "Dan").lead("lee", "Lee");
        String at = "2026-11-17T10:00:00Z";
        for (String item : List.of("fi-g0", "fi-g1", "fi-g2", "fi-g3")) {
            rows.review(item, "ana", item.equals("fi-g1") ? "off" : "good", at).review(item, "cy", "good", at);
        }
        rows.review("fi-g1", "ben", "good", at);
        rows.review("fi-c0", "ana", 1, true, "off", "Ana's own fix", 1, 3, false, at)
                .review("fi-c0", "cy", 1, true, "off", "Ana's own fix", 1, 0, false, at);
    }

    private AgreementAnalysis as(Viewer v) {
        return new AgreementService(db).analyseStore(AgreementRequest.defaults().withResamples(50), v,
                ProgressListener.NONE);
    }

    @Test
    void aReviewerWhoReviewedNothingGetsTheFiguresButNoItemRows() {
        AgreementAnalysis lead = as(LEE);
        AgreementAnalysis dan = as(DAN);
        assertThat(dan.report().fleissKappa()).isEqualTo(lead.report().fleissKappa());
        assertThat(dan.report().cohenKappa()).isEqualTo(lead.report().cohenKappa());
        assertThat(dan.report().perLabel()).isEqualTo(lead.report().perLabel());
        assertThat(dan.corrections().comparableItems()).isEqualTo(lead.corrections().comparableItems());

        assertThat(dan.report().perItem()).isEmpty();
        assertThat(dan.corrections().perItem()).isEmpty();
        assertThat(dan.hiddenItems()).isEqualTo(5);
        AgreementDrilldown d = dan.drilldown();
        for (DrillList list : List.of(d.all(), d.pair("ana", "cy"), d.label("good"), d.reviewer("ana"),
                d.week("2026-W47"), d.corrections())) {
            assertThat(list.items()).as(list.title()).isEmpty();
            assertThat(list.hidden()).as(list.title()).isPositive();
            assertThat(list.title()).endsWith(" hidden)");
        }
        Map<String, Object> json = AgreementAnalysisJson.toMap(dan);
        assertThat((List<?>) json.get("per_item")).isEmpty();
        assertThat(json.get("hidden_items")).isEqualTo(5);
        assertThat(json.toString()).doesNotContain("Ana's own fix");
        assertThatThrownBy(() -> new AgreementService(db).itemReviews(DAN, "fi-g1"))
                .isInstanceOf(ReviewAccessException.class).hasMessageContaining("blind");
    }

    @Test
    void aReviewerSeesTheItemsTheyReviewedAndTheirReviewsButNoOthers() {
        AgreementAnalysis ben = as(BEN);
        assertThat(ben.report().perItem()).extracting(ItemAgreement::item).containsExactly("fi-g1");
        assertThat(ben.drilldown().all().items()).extracting(DrillItem::item).containsExactly("fi-g1");
        assertThat(ben.drilldown().all().hidden()).isEqualTo(4);
        assertThat(ben.drilldown().pair("ana", "cy").items()).extracting(DrillItem::item).containsExactly("fi-g1");
        assertThat(ben.drilldown().corrections().items()).isEmpty();
        ItemReviews g1 = new AgreementService(db).itemReviews(BEN, "fi-g1");
        assertThat(g1.reviews()).extracting(Review::reviewerId).containsExactlyInAnyOrder("ana", "ben", "cy");

        AgreementAnalysis ana = as(ANA);
        assertThat(ana.drilldown().all().items()).hasSize(5);
        assertThat(ana.drilldown().all().hidden()).isZero();
        assertThat(ana.corrections().perItem()).extracting(CorrectionAgreement.Item::item).containsExactly("fi-c0");
    }

    @Test
    void aLeadSeesEveryItemWithoutReviewing() {
        AgreementAnalysis lee = as(LEE);
        assertThat(lee.drilldown().all().items()).hasSize(5);
        assertThat(lee.hiddenItems()).isZero();
        assertThat(lee.report().perItem()).hasSize(5);
        assertThat(new AgreementService(db).itemReviews(LEE, "fi-c0").reviews()).hasSize(2);
    }
}
