package dev.concord.curate;

import dev.concord.model.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CurateBasicsTest {
    @ParameterizedTest
    @CsvSource({"2/3,2,2", "2/3,3,2", "2/3,4,3", "2/3,5,4", "2/3,6,4", "all,3,3", "0.75,4,3", "0.75,5,4", "3/4,8,6"})
    void shareGivesTheSmallestAgreeingCount(String share, int n, int required) {
        assertThat(Share.parse(share).required(n)).isEqualTo(required);
    }

    @Test
    void shareMustBeAMajority() {
        assertThatThrownBy(() -> Share.parse("1/2")).hasMessageContaining("(1/2, 1]");
        assertThatThrownBy(() -> Share.parse("half")).hasMessageContaining("'half' is not a share");
        assertThat(Share.parse("2/3")).hasToString("2/3");
        assertThat(Share.parse("1")).isEqualTo(new Share(1, 1));
    }

    @Test
    void normalizedPromptIgnoresWidthCaseAndSpacing() {
        List<Message> a = List.of(new Message("system", "Be helpful."), Message.user("What is  the\tCAPITAL of France?"));
        List<Message> b = List.of(new Message("system", "be helpful."), Message.user(" what is the capital of ｆｒａｎｃｅ? "));
        List<Message> c = List.of(new Message("system", "Be helpful."), Message.user("What is the capital of Spain?"));
        assertThat(PromptKey.normalized(a)).isEqualTo(PromptKey.normalized(b));
        assertThat(PromptKey.of(a)).isEqualTo(PromptKey.of(b)).isNotEqualTo(PromptKey.of(c));
        assertThat(PromptKey.normalize("  Ａ\u00A0b\n\nC  ")).isEqualTo("a b c");
        List<Message> roleSwapped = List.of(new Message("user", "Be helpful."), new Message("system", "What is the capital of France?"));
        assertThat(PromptKey.of(roleSwapped)).isNotEqualTo(PromptKey.of(a));
        for (List<Message> p : List.of(a, b, c, roleSwapped)) {
            assertThat(PromptKey.of(p)).as("the fast path hashes exactly the normalized text")
                    .isEqualTo(PromptKey.fnv64(PromptKey.normalized(p)));
        }
    }

    @Test
    void stableSplitIsFixedAndProportional() {
        assertThat(StableSplit.position("fi-g1")).isEqualTo(StableSplit.position("fi-g1")).isBetween(0.0, 1.0);
        int eval = 0;
        for (int i = 0; i < 20_000; i++) {
            if (StableSplit.toEval("fi-" + i, 0.10)) {
                eval++;
            }
        }
        assertThat(eval).isBetween(1_800, 2_200);
        assertThat(StableSplit.toEval("anything", 0)).isFalse();
        assertThat(StableSplit.toEval("anything", 1)).isTrue();
        for (int i = 0; i < 1000; i++) {
            if (StableSplit.toEval("x" + i, 0.05)) {
                assertThat(StableSplit.toEval("x" + i, 0.20)).as("raising the share only adds").isTrue();
            }
        }
    }

    @Test
    void recencyWeightHalvesEveryHalfLife() {
        Instant asOf = Instant.parse("2026-11-20T00:00:00Z");
        RecencyWeight w = new RecencyWeight(asOf, 30);
        assertThat(w.of(asOf)).isEqualTo(1.0);
        assertThat(w.of(asOf.minusSeconds(30L * 86_400))).isEqualTo(0.5);
        assertThat(w.of(asOf.minusSeconds(60L * 86_400))).isEqualTo(0.25);
        assertThat(w.of(asOf.minusSeconds(10L * 86_400))).isEqualTo(0.793701);
        assertThat(new RecencyWeight(asOf, 0).of(asOf.minusSeconds(999_999))).isEqualTo(1.0);
    }

    @Test
    void longHashSetHoldsManyKeysIncludingZero() {
        LongHashSet s = new LongHashSet();
        for (long i = -50_000; i < 50_000; i++) {
            assertThat(s.add(i * 7919)).isTrue();
        }
        assertThat(s.add(0)).isFalse();
        assertThat(s.size()).isEqualTo(100_000);
        assertThat(s.contains(7919 * 3)).isTrue();
        assertThat(s.contains(7919 * 3 + 1)).isFalse();
    }
}
