package dev.concord.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    private static RatingTable ordinaryTable() {
        int[][] m = RandomRatings.matrix(42, 200, 4, 4, 0.2, 0.6);
        return RandomRatings.table(m, LabelScale.numeric(List.of("1", "2", "3", "4")));
    }

    @Test
    void theSameSeedGivesTheSameIntervals() {
        AgreementOptions options = AgreementOptions.defaults().withBootstrapResamples(300);
        AgreementReport first = new AgreementCalculator().compute(ordinaryTable(), options);
        AgreementReport second = new AgreementCalculator().compute(ordinaryTable(), options);
        AgreementReport other = new AgreementCalculator()
                .compute(ordinaryTable(), options.withSeed(options.seed() + 1));

        assertThat(second.ci()).isEqualTo(first.ci());
        assertThat(second.cohenKappa()).isEqualTo(first.cohenKappa());
        assertThat(other.ci().get("fleiss_kappa")).isNotEqualTo(first.ci().get("fleiss_kappa"));
    }

    @Test
    void intervalsContainThePointEstimateOnOrdinaryData() {
        AgreementReport r = new AgreementCalculator().compute(ordinaryTable());

        assertThat(r.bootstrapResamples()).isEqualTo(1000);
        assertThat(r.ci()).containsOnlyKeys("percent_agreement", "fleiss_kappa",
                "krippendorff_alpha", "gwet_ac1", "mean_cohen_kappa",
                "krippendorff_alpha_ordinal", "krippendorff_alpha_interval");
        r.ci().forEach((key, interval) -> {
            assertThat(interval).as(key).isNotNull();
            assertThat(interval.contains(r.headline(key))).as(key).isTrue();
            assertThat(interval.high() - interval.low()).as(key).isBetween(0.005, 0.5);
            assertThat(interval.resamples()).isEqualTo(1000);
        });
        assertThat(r.cohenKappa()).allSatisfy(p -> assertThat(p.ci().contains(p.kappa())).isTrue());
        assertThat(r.perLabel().values())
                .allSatisfy(l -> assertThat(l.ci().contains(l.kappa())).isTrue());
        assertThat(r.ordinal().weightedKappa())
                .allSatisfy(p -> assertThat(p.quadraticCi().contains(p.quadratic())).isTrue());
    }

    @Test
    void widerConfidenceGivesWiderIntervals() {
        AgreementOptions base = AgreementOptions.defaults().withBootstrapResamples(400);
        Interval ninety = new AgreementCalculator()
                .compute(ordinaryTable(), base.withConfidence(0.90)).ci().get("fleiss_kappa");
        Interval ninetyNine = new AgreementCalculator()
                .compute(ordinaryTable(), base.withConfidence(0.99)).ci().get("fleiss_kappa");

        assertThat(ninetyNine.low()).isLessThan(ninety.low());
        assertThat(ninetyNine.high()).isGreaterThan(ninety.high());
    }

    @Test
    void reportsProgressAndCanBeCancelled() {
        List<Double> progress = new ArrayList<>();
        AgreementOptions observed = AgreementOptions.defaults().withBootstrapResamples(50)
                .withProgress(progress::add, () -> false);
        new AgreementCalculator().compute(ordinaryTable(), observed);

        assertThat(progress).hasSize(50).isSorted().endsWith(1.0);

        AtomicInteger polls = new AtomicInteger();
        AgreementOptions cancelling = AgreementOptions.defaults()
                .withProgress(p -> { }, () -> polls.incrementAndGet() > 10);
        assertThatThrownBy(() -> new AgreementCalculator().compute(ordinaryTable(), cancelling))
                .isInstanceOf(CancellationException.class)
                .hasMessageContaining("after 10 of 1000");
    }

    @Test
    void zeroResamplesTurnsIntervalsOff() {
        AgreementReport r = new AgreementCalculator()
                .compute(ordinaryTable(), AgreementOptions.defaults().withBootstrapResamples(0));

        assertThat(r.ci()).isEmpty();
        assertThat(r.bootstrapResamples()).isZero();
        assertThat(r.cohenKappa()).allSatisfy(p -> assertThat(p.ci()).isNull());
    }

    @Test
    void quantileInterpolatesBetweenOrderStatistics() {
        double[] sorted = {1, 2, 3, 4, 5};
        assertThat(Bootstrap.quantile(sorted, 0.0)).isEqualTo(1.0);
        assertThat(Bootstrap.quantile(sorted, 0.5)).isEqualTo(3.0);
        assertThat(Bootstrap.quantile(sorted, 0.125)).isEqualTo(1.5);
        assertThat(Bootstrap.quantile(sorted, 1.0)).isEqualTo(5.0);
    }
}
