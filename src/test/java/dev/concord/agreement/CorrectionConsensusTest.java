package dev.concord.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorrectionConsensusTest {

    @Test
    void tokenizesWordsAndPunctuationAndIgnoresWhitespace() {
        assertThat(CorrectionSimilarity.tokens("Paris,  the   capital!\n"))
                .containsExactly("Paris", ",", "the", "capital", "!");
        assertThat(CorrectionSimilarity.tokens("cafe\u0301 x2")).containsExactly("caf\u00e9", "x2");
        assertThat(CorrectionSimilarity.tokens("   ")).isEmpty();
    }

    @Test
    void similarityIsOneMinusTokenEditDistanceOverTheLongerText() {
        assertThat(CorrectionSimilarity.similarity("the cat sat", "the  cat sat")).isEqualTo(1.0);
        assertThat(CorrectionSimilarity.similarity("the cat sat", "the dog sat"))
                .isCloseTo(2.0 / 3, within(1e-15));
        assertThat(CorrectionSimilarity.similarity("a b c d", "a b")).isEqualTo(0.5);
        assertThat(CorrectionSimilarity.similarity("Paris", "paris")).isEqualTo(0.0);
        assertThat(CorrectionSimilarity.similarity("", "")).isEqualTo(1.0);
        assertThat(CorrectionSimilarity.similarity("x", "")).isEqualTo(0.0);
        assertThat(CorrectionSimilarity.distance(List.of("a", "b", "c"), List.of("b", "c", "d")))
                .isEqualTo(2);
    }

    @Test
    void similarityIsSymmetric() {
        String a = "The answer is 42, because of the question.";
        String b = "The answer is 41 because the question.";
        assertThat(CorrectionSimilarity.similarity(a, b))
                .isEqualTo(CorrectionSimilarity.similarity(b, a));
    }

    @Test
    void correctionsAgreeWhenEveryPairReachesTheThreshold() {
        CorrectionConsensus rule = new CorrectionConsensus();
        Map<String, String> close = Map.of(
                "ann", "The capital of France is Paris .",
                "bob", "The capital of France is Paris!",
                "cid", "The capital of France is Paris");
        CorrectionConsensus.Consensus c = rule.evaluate(close);

        assertThat(c.agreed()).isTrue();
        assertThat(c.corrections()).isEqualTo(3);
        assertThat(c.minSimilarity()).isGreaterThanOrEqualTo(0.8);
        assertThat(c.medoidReviewer()).isEqualTo("ann");
        assertThat(c.consensusText()).isEqualTo("The capital of France is Paris .");
    }

    @Test
    void oneDivergentCorrectionBreaksAgreementButNotTheMedoid() {
        Map<String, String> mixed = Map.of(
                "ann", "use a hash map here",
                "bob", "use a hash map here .",
                "cid", "rewrite everything in Rust");
        CorrectionConsensus.Consensus c = new CorrectionConsensus().evaluate(mixed);

        assertThat(c.agreed()).isFalse();
        assertThat(c.medoidReviewer()).isEqualTo("ann");
        assertThat(c.minSimilarity()).isLessThan(0.8);
    }

    @Test
    void tiesGoToTheSmallestReviewerIdAndASingleCorrectionIsNotAnAgreement() {
        CorrectionConsensus.Consensus tie = new CorrectionConsensus(0.5)
                .evaluate(Map.of("zed", "alpha", "amy", "beta"));
        assertThat(tie.medoidReviewer()).isEqualTo("amy");
        assertThat(tie.agreed()).isFalse();

        CorrectionConsensus.Consensus single = new CorrectionConsensus()
                .evaluate(Map.of("ann", "only me"));
        assertThat(single.agreed()).isFalse();
        assertThat(single.consensusText()).isEqualTo("only me");
        assertThat(single.meanSimilarity()).isEqualTo(1.0);
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> new CorrectionConsensus().evaluate(Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CorrectionConsensus(1.5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
