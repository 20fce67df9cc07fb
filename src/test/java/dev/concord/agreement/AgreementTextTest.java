package dev.concord.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AgreementTextTest {

    @Test
    void showsEveryFigureWithItsIntervalAndBandAndTheWarnings() {
        int[][] m = RandomRatings.matrix(9, 50, 3, 3, 0.1, 0.7);
        AgreementReport r = new AgreementCalculator().compute(
                RandomRatings.table(m, LabelScale.ordinal(List.of("1", "2", "3"))),
                AgreementOptions.defaults().withBootstrapResamples(200));
        String text = AgreementText.format(r);
        Interval ci = r.ci().get("fleiss_kappa");

        assertThat(text).contains(String.format(Locale.ROOT, "Fleiss' kappa%s %.3f [%.3f, %.3f] (%s)",
                " ".repeat(19), r.fleissKappa(), ci.low(), ci.high(),
                InterpretationBand.of(r.fleissKappa()).label()));
        assertThat(text).contains("Krippendorff's alpha (ordinal)")
                .doesNotContain("Krippendorff's alpha (interval)")
                .contains("r0 / r1").contains("95% percentile bootstrap");
    }

    @Test
    void writesUndefinedInsteadOfANumber() {
        RatingTable t = RatingTable.builder().add("1", "x", "a").add("1", "y", "a").build();
        String text = AgreementText.format(new AgreementCalculator().compute(t));

        assertThat(text).contains("Fleiss' kappa").contains("undefined")
                .contains("Warnings:").contains("  - fleiss_kappa is undefined");
    }
}
