package dev.concord.review;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Label set, settings, pace and correction rules. */
class ReviewCoreTest {
    @Test
    void defaultLabelsHaveDigitKeysOneToSix() {
        LabelSet d = LabelSet.defaults();
        assertThat(d.labels()).extracting(ReviewLabel::key).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(d.labels()).extracting(ReviewLabel::name).containsExactly("good", "wrong / factual error",
                "unsafe / policy", "off-task", "style / format", "needs expert");
        assertThat(d.resolve(" Wrong / Factual Error ")).get().extracting(ReviewLabel::id).isEqualTo("wrong");
        assertThat(d.resolve("UNSAFE")).get().extracting(ReviewLabel::id).isEqualTo("unsafe");
        assertThat(d.resolve("3")).isEmpty();
        assertThat(d.nameOf("removed-label")).isEqualTo("removed-label");
    }

    @Test
    void labelSetsRejectClashesAndBadKeys() {
        assertThatThrownBy(() -> new LabelSet(List.of(new ReviewLabel("1", "a", "A"), new ReviewLabel("1", "b", "B"))))
                .hasMessageContaining("key 1");
        assertThatThrownBy(() -> new LabelSet(List.of(new ReviewLabel("1", "a", "A"), new ReviewLabel("2", "a", "B"))))
                .hasMessageContaining("id 'a'");
        assertThatThrownBy(() -> new LabelSet(List.of(new ReviewLabel("1", "a", "Same"), new ReviewLabel("2", "b", "same"))))
                .hasMessageContaining("name");
        assertThatThrownBy(() -> new ReviewLabel("x", "a", "A")).hasMessageContaining("one digit");
        assertThatThrownBy(() -> new ReviewLabel("1", "Not An Id", "A")).hasMessageContaining("lower case");
        assertThatThrownBy(() -> new LabelSet(List.of())).hasMessageContaining("at least one");
        assertThat(ReviewLabel.idFor(" Needs  Expert / Legal ")).isEqualTo("needs-expert-legal");
        assertThatThrownBy(() -> new ReviewSettings(LabelSet.defaults(), 0)).hasMessageContaining("overlap");
    }

    @Test
    void paceCountsIntervalsOfTheCurrentSittingOnly() {
        Instant t = Instant.parse("2026-11-21T09:00:00Z");
        assertThat(Pace.perHour(List.of())).isNaN();
        assertThat(Pace.perHour(List.of(t))).isNaN();
        assertThat(Pace.perHour(List.of(t, t.plusSeconds(20)))).as("under a minute: too early to say").isNaN();
        assertThat(Pace.perHour(List.of(t, t.plusSeconds(60), t.plusSeconds(120)))).isEqualTo(60.0);
        List<Instant> twoSittings = List.of(t, t.plusSeconds(30), t.plusSeconds(3_600), t.plusSeconds(3_600 + 120),
                t.plusSeconds(3_600 + 240), t.plusSeconds(3_600 + 360));
        assertThat(Pace.perHour(twoSittings)).as("3 intervals in 6 minutes, the morning run ignored").isEqualTo(30.0);
    }

    @Test
    void unchangedOrBlankCorrectionsAreNone() {
        assertThat(ReviewRules.correctionOrNull("answer\r\n", "answer")).isNull();
        assertThat(ReviewRules.correctionOrNull("line  \nnext", "line\nnext")).isNull();
        assertThat(ReviewRules.correctionOrNull("   ", "answer")).isNull();
        assertThat(ReviewRules.correctionOrNull("better answer", "answer")).isEqualTo("better answer");
    }
}
