package dev.concord.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AgreementPropertiesTest {

    private static final double EXACT = 1e-12;
    private static final AgreementOptions NO_BOOTSTRAP =
            AgreementOptions.defaults().withBootstrapResamples(0);
    private static final List<String> NOMINAL_KEYS = List.of("percent_agreement", "fleiss_kappa",
            "krippendorff_alpha", "gwet_ac1", "mean_cohen_kappa");

    static LongStream seeds() {
        return LongStream.range(100, 106);
    }

    private static AgreementReport compute(RatingTable table) {
        return new AgreementCalculator().compute(table, NO_BOOTSTRAP);
    }

    /** One rating as (item, reviewer, label). */
    private record Rating(String item, String reviewer, String label) {
    }

    private static List<Rating> ratings(int[][] m) {
        List<Rating> list = new ArrayList<>();
        for (int i = 0; i < m.length; i++) {
            for (int r = 0; r < m[i].length; r++) {
                if (m[i][r] >= 0) {
                    list.add(new Rating("i" + i, "r" + r, RandomRatings.name(m[i][r])));
                }
            }
        }
        return list;
    }

    private static RatingTable build(List<Rating> ratings) {
        RatingTable.Builder b = RatingTable.builder();
        ratings.forEach(x -> b.add(x.item(), x.reviewer(), x.label()));
        return b.build();
    }

    private static Map<String, Double> pairKappas(AgreementReport report) {
        Map<String, Double> map = new HashMap<>();
        for (PairKappa p : report.cohenKappa()) {
            String key = p.a().compareTo(p.b()) < 0 ? p.a() + "|" + p.b() : p.b() + "|" + p.a();
            map.put(key, p.kappa());
        }
        return map;
    }

    private static void assertSameFigures(AgreementReport actual, AgreementReport expected) {
        for (String key : NOMINAL_KEYS) {
            assertThat(actual.headline(key)).as(key)
                    .isCloseTo(expected.headline(key), within(EXACT));
        }
        Map<String, Double> a = pairKappas(actual);
        Map<String, Double> e = pairKappas(expected);
        assertThat(a.keySet()).isEqualTo(e.keySet());
        e.forEach((pair, kappa) -> assertThat(a.get(pair)).as(pair).isCloseTo(kappa, within(EXACT)));
    }

    @Test
    void perfectAgreementGivesOneEverywhere() {
        int[][] m = RandomRatings.matrix(7, 60, 4, 3, 0.2, 1.0);
        AgreementReport report = new AgreementCalculator().compute(
                RandomRatings.table(m, LabelScale.numeric(List.of("1", "2", "3"))), NO_BOOTSTRAP);

        for (String key : NOMINAL_KEYS) {
            assertThat(report.headline(key)).as(key).isEqualTo(1.0);
        }
        assertThat(report.ordinal().krippendorffAlphaOrdinal()).isEqualTo(1.0);
        assertThat(report.ordinal().krippendorffAlphaInterval()).isEqualTo(1.0);
        assertThat(report.cohenKappa()).allSatisfy(p -> assertThat(p.kappa()).isEqualTo(1.0));
        assertThat(report.ordinal().weightedKappa()).allSatisfy(p -> {
            assertThat(p.linear()).isEqualTo(1.0);
            assertThat(p.quadratic()).isEqualTo(1.0);
        });
        assertThat(report.perLabel().values())
                .allSatisfy(l -> assertThat(l.kappa()).isEqualTo(1.0));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void permutingRowsOrReviewersChangesNothing(long seed) {
        List<Rating> ratings = ratings(RandomRatings.matrix(seed, 80, 4, 3, 0.3, 0.6));
        AgreementReport original = compute(build(ratings));
        List<Rating> shuffled = new ArrayList<>(ratings);
        Collections.shuffle(shuffled, new Random(seed));

        assertSameFigures(compute(build(shuffled)), original);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void renamingReviewersChangesNothing(long seed) {
        List<Rating> ratings = ratings(RandomRatings.matrix(seed, 80, 4, 3, 0.3, 0.6));
        Map<String, String> rename = Map.of("r0", "zoe", "r1", "amy", "r2", "kim", "r3", "bob");
        List<Rating> renamed = ratings.stream()
                .map(x -> new Rating(x.item(), rename.get(x.reviewer()), x.label())).toList();
        AgreementReport original = compute(build(ratings));
        AgreementReport after = compute(build(renamed));

        for (String key : NOMINAL_KEYS) {
            assertThat(after.headline(key)).isCloseTo(original.headline(key), within(EXACT));
        }
        Map<String, Double> a = pairKappas(after);
        pairKappas(original).forEach((pair, kappa) -> {
            String[] ab = pair.split("\\|");
            String x = rename.get(ab[0]);
            String y = rename.get(ab[1]);
            String key = x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x;
            assertThat(a.get(key)).isCloseTo(kappa, within(EXACT));
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void renamingLabelsChangesNothing(long seed) {
        List<Rating> ratings = ratings(RandomRatings.matrix(seed, 80, 4, 3, 0.3, 0.6));
        Map<String, String> rename = Map.of("1", "gamma", "2", "alpha", "3", "beta");
        List<Rating> renamed = ratings.stream()
                .map(x -> new Rating(x.item(), x.reviewer(), rename.get(x.label()))).toList();
        AgreementReport original = compute(build(ratings));
        AgreementReport after = compute(build(renamed));

        assertSameFigures(after, original);
        rename.forEach((from, to) -> assertThat(after.perLabel().get(to).kappa())
                .isCloseTo(original.perLabel().get(from).kappa(), within(EXACT)));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aReviewerWhoRatedNothingChangesNothing(long seed) {
        List<Rating> ratings = ratings(RandomRatings.matrix(seed, 80, 4, 3, 0.3, 0.6));
        AgreementReport original = compute(build(ratings));
        RatingTable.Builder b = RatingTable.builder();
        ratings.forEach(x -> b.add(x.item(), x.reviewer(), x.label()));
        AgreementReport withGhost = compute(b.addReviewer("ghost").addItem("unrated").build());

        for (String key : NOMINAL_KEYS) {
            assertThat(withGhost.headline(key)).isCloseTo(original.headline(key), within(EXACT));
        }
        assertThat(withGhost.cohenKappa()).filteredOn(p -> p.b().equals("ghost"))
                .hasSize(4).allSatisfy(p -> {
                    assertThat(p.n()).isZero();
                    assertThat(p.kappa()).isNull();
                });
        assertThat(withGhost.warnings()).anyMatch(w -> w.contains("'ghost' rated nothing"));
    }
}
