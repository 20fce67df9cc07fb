package dev.concord.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.coding.PercentageAgreement;
import org.dkpro.statistics.agreement.coding.WeightedKappaAgreement;
import org.dkpro.statistics.agreement.distance.IDistanceFunction;
import org.dkpro.statistics.agreement.distance.IntervalDistanceFunction;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cross-checks against dkpro-statistics-agreement 2.2.1 on random data. dkpro's Fleiss' kappa and
 * percentage agreement weight items by their number of ratings and do not claim to support
 * missing values, so they are compared on complete data and on data where every item has the
 * same number of ratings (where the conventions coincide); alpha is compared with arbitrary gaps.
 */
class DkproCrossCheckTest {

    private static final double TOLERANCE = 1e-9;
    private static final AgreementOptions NO_BOOTSTRAP =
            AgreementOptions.defaults().withBootstrapResamples(0);

    static LongStream seeds() {
        return LongStream.range(1, 13);
    }

    private static int reviewers(long seed) {
        return 2 + (int) (seed % 5);
    }

    private static int labels(long seed) {
        return 2 + (int) (seed % 4);
    }

    private static CodingAnnotationStudy study(int[][] m, int[] raters) {
        CodingAnnotationStudy study = new CodingAnnotationStudy(raters.length);
        for (int[] row : m) {
            Object[] values = new Object[raters.length];
            for (int r = 0; r < raters.length; r++) {
                values[r] = row[raters[r]] < 0 ? null : Integer.valueOf(row[raters[r]] + 1);
            }
            study.addItemAsArray(values);
        }
        return study;
    }

    private static int[] all(int n) {
        int[] raters = new int[n];
        for (int r = 0; r < n; r++) {
            raters[r] = r;
        }
        return raters;
    }

    private static List<String> names(int labels) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < labels; c++) {
            names.add(RandomRatings.name(c));
        }
        return names;
    }

    private static AgreementReport report(int[][] m, int labels) {
        return new AgreementCalculator().compute(
                RandomRatings.table(m, LabelScale.numeric(names(labels))), NO_BOOTSTRAP);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void krippendorffAlphaMatchesWithMissingRatings(long seed) {
        int[][] m = RandomRatings.matrix(seed, 150, reviewers(seed) + 1, labels(seed), 0.35, 0.6);
        CodingAnnotationStudy study = study(m, all(m[0].length));
        AgreementReport report = report(m, labels(seed));

        assertThat(report.krippendorffAlpha()).isCloseTo(
                new KrippendorffAlphaAgreement(study, new NominalDistanceFunction())
                        .calculateAgreement(), within(TOLERANCE));
        assertThat(report.ordinal().krippendorffAlphaInterval()).isCloseTo(
                new KrippendorffAlphaAgreement(study, new IntervalDistanceFunction())
                        .calculateAgreement(), within(TOLERANCE));
        assertThat(report.ordinal().krippendorffAlphaOrdinal()).isCloseTo(
                new KrippendorffAlphaAgreement(study, new OrdinalDistanceFunction())
                        .calculateAgreement(), within(TOLERANCE));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void fleissKappaPercentAndPerLabelKappaMatchOnCompleteData(long seed) {
        int labels = labels(seed);
        int[][] m = RandomRatings.matrix(seed, 120, reviewers(seed) + 1, labels, 0, 0.5);
        CodingAnnotationStudy study = study(m, all(m[0].length));
        AgreementReport report = report(m, labels);
        FleissKappaAgreement fleiss = new FleissKappaAgreement(study);

        assertThat(report.fleissKappa()).isCloseTo(fleiss.calculateAgreement(), within(TOLERANCE));
        assertThat(report.percentAgreement()).isCloseTo(
                new PercentageAgreement(study).calculateAgreement(), within(TOLERANCE));
        for (int c = 0; c < labels; c++) {
            String label = RandomRatings.name(c);
            assertThat(report.perLabel().get(label).kappa()).as("label %s", label)
                    .isCloseTo(fleiss.calculateCategoryAgreement(c + 1), within(TOLERANCE));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void fleissKappaMatchesWhenEveryItemHasTheSameNumberOfRatings(long seed) {
        int reviewers = reviewers(seed) + 2;
        int[][] m = RandomRatings.fixedCount(seed, 150, reviewers, reviewers - 1, labels(seed));
        CodingAnnotationStudy study = study(m, all(reviewers));
        AgreementReport report = report(m, labels(seed));

        assertThat(study.hasMissingValues()).isTrue();
        assertThat(report.fleissKappa())
                .isCloseTo(new FleissKappaAgreement(study).calculateAgreement(), within(TOLERANCE));
        assertThat(report.percentAgreement())
                .isCloseTo(new PercentageAgreement(study).calculateAgreement(), within(TOLERANCE));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void pairwiseCohenAndWeightedKappaMatchOnSharedItems(long seed) {
        int labels = labels(seed) + 1;
        int reviewers = reviewers(seed) + 1;
        int[][] m = RandomRatings.matrix(seed, 100, reviewers, labels, 0.3, 0.5);
        AgreementReport report = report(m, labels);
        // Distances are pre-scaled to [0, 1]: dkpro divides observed and expected disagreement by
        // the largest distance it met in each, which differ when the extreme pair is unobserved.
        double span = labels - 1;
        IDistanceFunction linear = (study, a, b) -> Math.abs((Integer) a - (Integer) b) / span;
        IDistanceFunction quadratic = (study, a, b) -> Math.pow(((Integer) a - (Integer) b) / span, 2);
        int pair = 0;
        for (int a = 0; a < reviewers; a++) {
            for (int b = a + 1; b < reviewers; b++, pair++) {
                int[][] shared = shared(m, a, b);
                CodingAnnotationStudy study = study(shared, new int[] {a, b});
                PairKappa mine = report.cohenKappa().get(pair);
                WeightedPairKappa weighted = report.ordinal().weightedKappa().get(pair);
                assertThat(mine.a()).isEqualTo("r" + a);
                assertThat(mine.b()).isEqualTo("r" + b);
                assertThat(mine.n()).isEqualTo(shared.length);
                assertThat(mine.kappa()).isCloseTo(
                        new CohenKappaAgreement(study).calculateAgreement(), within(TOLERANCE));
                assertThat(weighted.quadratic()).isCloseTo(
                        new WeightedKappaAgreement(study, quadratic).calculateAgreement(),
                        within(TOLERANCE));
                assertThat(weighted.linear()).isCloseTo(
                        new WeightedKappaAgreement(study, linear).calculateAgreement(),
                        within(TOLERANCE));
            }
        }
    }

    private static int[][] shared(int[][] m, int a, int b) {
        List<int[]> rows = new ArrayList<>();
        for (int[] row : m) {
            if (row[a] >= 0 && row[b] >= 0) {
                rows.add(row);
            }
        }
        return rows.toArray(new int[0][]);
    }
}
