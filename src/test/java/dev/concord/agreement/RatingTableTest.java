package dev.concord.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RatingTableTest {

    @Test
    void rejectsADuplicateRatingNamingItemAndReviewer() {
        RatingTable.Builder b = RatingTable.builder().add("q7", "ann", "yes");
        assertThatThrownBy(() -> b.add("q7", "ann", "no"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reviewer 'ann' rated item 'q7' more than once");
    }

    @Test
    void aDeclaredScaleFixesTheLabelOrderAndRejectsOtherLabels() {
        RatingTable t = RatingTable.builder().add("i", "a", "high").add("i", "b", "low")
                .scale(LabelScale.ordinal(List.of("low", "mid", "high"))).build();
        assertThat(t.labels()).containsExactly("low", "mid", "high");
        assertThat(t.label(0, 0)).isEqualTo(2);
        assertThat(t.label(0, 1)).isEqualTo(0);

        assertThatThrownBy(() -> t.withScale(LabelScale.nominal(List.of("low", "mid"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'high'");
    }

    @Test
    void numericScalesSortByValueAndRejectNonNumbers() {
        LabelScale scale = LabelScale.numeric(List.of("10", "2", "3.5"));
        assertThat(scale.labels()).containsExactly("2", "3.5", "10");
        assertThat(scale.values()).containsExactly(2.0, 3.5, 10.0);
        assertThat(scale.kind()).isEqualTo(LabelScale.Kind.INTERVAL);
        assertThatThrownBy(() -> LabelScale.numeric(List.of("1", "many")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LabelScale.nominal(List.of("a", "a")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ordinalAlphaUsesTheDeclaredOrder() {
        RatingTable.Builder b = RatingTable.builder();
        String[][] rows = {{"low", "low"}, {"mid", "mid"}, {"high", "high"}, {"mid", "high"},
            {"mid", "high"}, {"low", "mid"}};
        for (int i = 0; i < rows.length; i++) {
            b.add("i" + i, "a", rows[i][0]).add("i" + i, "b", rows[i][1]);
        }
        RatingTable table = b.build();
        AgreementOptions o = AgreementOptions.defaults().withBootstrapResamples(0);
        Double right = new AgreementCalculator().compute(
                table.withScale(LabelScale.ordinal(List.of("low", "mid", "high"))), o)
                .ordinal().krippendorffAlphaOrdinal();
        Double scrambled = new AgreementCalculator().compute(
                table.withScale(LabelScale.ordinal(List.of("mid", "low", "high"))), o)
                .ordinal().krippendorffAlphaOrdinal();

        // in the right order every disagreement is between neighbours
        assertThat(right).isNotNull().isGreaterThan(scrambled);
    }
}
