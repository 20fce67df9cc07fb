package dev.concord.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NominalMeasuresTest {

    private static final AgreementOptions NO_BOOTSTRAP =
            AgreementOptions.defaults().withBootstrapResamples(0);

    /**
     * Items: (A,A,A), (A,B,-), (B,B,-), (A,-,-). Percent agreement over the three pairable items:
     * (1 + 0 + 1) / 3. Label proportions over all four rated items: pi_A = (1 + 1/2 + 0 + 1) / 4
     * = 5/8, pi_B = 3/8. Fleiss: pe = 25/64 + 9/64 = 17/32, kappa = (2/3 - 17/32) / (15/32) =
     * 13/45. AC1: pe = 2 * (5/8)(3/8) / (2 - 1) = 15/32, AC1 = (2/3 - 15/32) / (17/32) = 19/51.
     */
    private static RatingTable smallTableWithGaps() {
        return RatingTable.builder()
                .add("1", "x", "A").add("1", "y", "A").add("1", "z", "A")
                .add("2", "x", "A").add("2", "y", "B")
                .add("3", "y", "B").add("3", "z", "B")
                .add("4", "x", "A")
                .build();
    }

    @Test
    void fleissAndGwetHandleMissingRatingsAsDocumented() {
        AgreementReport r = new AgreementCalculator().compute(smallTableWithGaps(), NO_BOOTSTRAP);

        assertThat(r.pairableItems()).isEqualTo(3);
        assertThat(r.percentAgreement()).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(r.fleissChanceAgreement()).isCloseTo(17.0 / 32, within(1e-15));
        assertThat(r.fleissKappa()).isCloseTo(13.0 / 45, within(1e-15));
        assertThat(r.gwetChanceAgreement()).isCloseTo(15.0 / 32, within(1e-15));
        assertThat(r.gwetAc1()).isCloseTo(19.0 / 51, within(1e-15));
    }

    @Test
    void gwetAc1CountsDeclaredButUnusedLabels() {
        RatingTable table = smallTableWithGaps()
                .withScale(LabelScale.nominal(List.of("A", "B", "C")));
        AgreementReport r = new AgreementCalculator().compute(table, NO_BOOTSTRAP);

        // pe = [(5/8)(3/8) + (3/8)(5/8) + 0] / (3 - 1) = 15/64
        assertThat(r.gwetChanceAgreement()).isCloseTo(15.0 / 64, within(1e-15));
        assertThat(r.fleissKappa()).isCloseTo(13.0 / 45, within(1e-15));
        assertThat(r.warnings()).contains("label 'C' was never used");
    }

    @Test
    void singleRatingUnitsDoNotChangeKrippendorffAlpha() {
        RatingTable.Builder b = RatingTable.builder()
                .add("1", "x", "A").add("1", "y", "A").add("2", "x", "A").add("2", "y", "B")
                .add("3", "x", "B").add("3", "y", "B");
        Double before = new AgreementCalculator().compute(b.build(), NO_BOOTSTRAP)
                .krippendorffAlpha();
        Double after = new AgreementCalculator()
                .compute(b.add("4", "x", "B").add("5", "y", "A").build(), NO_BOOTSTRAP)
                .krippendorffAlpha();

        assertThat(after).isEqualTo(before);
    }

    @Test
    void identicalLabelsEverywhereMakeKappasNullWithWarnings() throws Exception {
        RatingTable table = RatingTable.builder()
                .add("1", "x", "yes").add("1", "y", "yes").add("2", "x", "yes")
                .add("2", "y", "yes").build();
        AgreementReport r = new AgreementCalculator().compute(table);

        assertThat(r.percentAgreement()).isEqualTo(1.0);
        assertThat(r.fleissKappa()).isNull();
        assertThat(r.krippendorffAlpha()).isNull();
        assertThat(r.gwetAc1()).isNull();
        assertThat(r.cohenKappa().get(0).kappa()).isNull();
        assertThat(r.ci().get("fleiss_kappa")).isNull();
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("fleiss_kappa is undefined"))
                .anyMatch(w -> w.startsWith("krippendorff_alpha is undefined"))
                .anyMatch(w -> w.startsWith("gwet_ac1 is undefined"))
                .anyMatch(w -> w.startsWith("Cohen's kappa is undefined for 1 of 1"));

        String json = new ObjectMapper().writeValueAsString(AgreementJson.toMap(r));
        assertThat(json).contains("\"fleiss_kappa\":null").doesNotContain("NaN");
    }

    @Test
    void noItemWithTwoRatingsLeavesEverythingUndefined() {
        RatingTable table = RatingTable.builder()
                .add("1", "x", "a").add("2", "y", "b").add("3", "x", "b").build();
        AgreementReport r = new AgreementCalculator().compute(table);

        assertThat(r.percentAgreement()).isNull();
        assertThat(r.fleissKappa()).isNull();
        assertThat(r.krippendorffAlpha()).isNull();
        assertThat(r.meanCohenKappa()).isNull();
        assertThat(r.warnings()).contains(
                "percent_agreement is undefined: no item has two or more ratings");
    }

    @Test
    void warnsAboutFewItemsAndRareLabels() {
        int[][] m = RandomRatings.matrix(3, 20, 3, 2, 0, 0.8);
        m[0][0] = 2;
        AgreementReport r = new AgreementCalculator().compute(RandomRatings.table(m, null),
                NO_BOOTSTRAP);

        assertThat(r.warnings()).anyMatch(w -> w.startsWith("only 20 items have two or more"))
                .anyMatch(w -> w.startsWith("label '3' has only 1 ratings"));
    }

    @Test
    void twoLabelPerLabelKappaEqualsFleissAndSpecificAgreementFollowsCoincidences() {
        AgreementReport r = new AgreementCalculator().compute(smallTableWithGaps(), NO_BOOTSTRAP);

        assertThat(r.perLabel().get("A").kappa()).isCloseTo(r.fleissKappa(), within(1e-15));
        assertThat(r.perLabel().get("B").kappa()).isCloseTo(r.fleissKappa(), within(1e-15));
        // pairable A values: 3 (item 1) + 1 (item 2) = 4; o_AA = 3*2/2 = 3
        assertThat(r.perLabel().get("A").specificAgreement()).isCloseTo(0.75, within(1e-15));
        assertThat(r.perLabel().get("A").ratings()).isEqualTo(5);
        // pairable B values: 1 (item 2) + 2 (item 3) = 3; o_BB = 2
        assertThat(r.perLabel().get("B").specificAgreement()).isCloseTo(2.0 / 3, within(1e-15));
    }

    @Test
    void perItemReportsMajorityShareAndPairwiseAgreement() {
        RatingTable table = RatingTable.builder()
                .add("1", "x", "A").add("1", "y", "A").add("1", "z", "B")
                .add("2", "x", "A").add("2", "y", "B")
                .add("3", "x", "C").addItem("4").build();
        List<ItemAgreement> items = new AgreementCalculator().compute(table, NO_BOOTSTRAP)
                .perItem();

        assertThat(items.get(0)).isEqualTo(new ItemAgreement("1", 3, "A", 2.0 / 3, 1.0 / 3));
        assertThat(items.get(1)).isEqualTo(new ItemAgreement("2", 2, null, 0.5, 0.0));
        assertThat(items.get(2)).isEqualTo(new ItemAgreement("3", 1, "C", 1.0, null));
        assertThat(items.get(3)).isEqualTo(new ItemAgreement("4", 0, null, null, null));
    }

    @Test
    void perReviewerComparesWithOthersAndWithTheReference() {
        RatingTable table = RatingTable.builder()
                .add("1", "x", "A").add("1", "y", "A").add("1", "z", "A")
                .add("2", "x", "B").add("2", "y", "A").add("2", "z", "A")
                .add("3", "x", "B").add("3", "y", "B").add("3", "z", "B")
                .build();
        AgreementCalculator calculator = new AgreementCalculator();
        ReviewerAgreement x = calculator.compute(table, NO_BOOTSTRAP).perReviewer().get(0);

        // x agrees with 2 of 2 others on items 1 and 3, with 0 of 2 on item 2
        assertThat(x.pairwiseAgreement()).isCloseTo(4.0 / 6, within(1e-15));
        assertThat(x.reference()).isEqualTo("majority");
        assertThat(x.referenceN()).isEqualTo(3);
        assertThat(x.referenceAgreement()).isCloseTo(2.0 / 3, within(1e-15));

        AgreementOptions adjudicated = NO_BOOTSTRAP
                .withReferenceLabels(Map.of("1", "A", "2", "B", "9", "A"));
        AgreementReport r = calculator.compute(table, adjudicated);
        ReviewerAgreement y = r.perReviewer().get(1);
        // reference: A and B (adjudicated) on items 1 and 2; on item 3 the majority of the others, B
        assertThat(r.perReviewer().get(0).referenceAgreement()).isEqualTo(1.0);
        assertThat(y.reference()).isEqualTo("adjudicated-else-majority");
        assertThat(y.referenceN()).isEqualTo(3);
        assertThat(y.referenceAgreement()).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(r.warnings()).contains(
                "1 reference labels name items that are not in the table; ignored");
    }

    @Test
    void anEmptyTableGivesAnEmptyReportRatherThanAnError() {
        AgreementReport r = new AgreementCalculator().compute(RatingTable.builder().build());

        assertThat(r.items()).isZero();
        assertThat(r.percentAgreement()).isNull();
        assertThat(r.cohenKappa()).isEmpty();
        assertThat(r.ci()).isEmpty();
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("only 0 items"));
    }

    @Test
    void optionsRejectNonsense() {
        AgreementOptions d = AgreementOptions.defaults();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> d.withConfidence(1.0))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> d.withBootstrapResamples(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(d.bootstrapResamples()).isEqualTo(1000);
        assertThat(d.confidence()).isEqualTo(0.95);
        assertThat(d.minItems()).isEqualTo(30);
    }
}
