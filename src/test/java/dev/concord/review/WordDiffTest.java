package dev.concord.review;

import dev.concord.review.WordDiff.Kind;
import dev.concord.review.WordDiff.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTest {
    private static String side(List<Segment> diff, Kind skip) {
        StringBuilder sb = new StringBuilder();
        diff.stream().filter(s -> s.kind() != skip).forEach(s -> sb.append(s.text()));
        return sb.toString();
    }

    private static String words(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void marksAReplacedWordAsRemovedThenAdded() {
        assertThat(WordDiff.diff("The capital is Lyon.", "The capital is Paris.")).containsExactly(
                new Segment(Kind.SAME, "The capital is "),
                new Segment(Kind.REMOVED, "Lyon "),
                new Segment(Kind.ADDED, "Paris"),
                new Segment(Kind.SAME, "."));
    }

    @Test
    void aReplacedWordReadsApartFromItsReplacement() {
        List<Segment> d = WordDiff.diff("Please look", "Please Sorry");
        assertThat(d.stream().map(Segment::text).reduce("", String::concat)).isEqualTo("Please look Sorry");
        assertThat(WordDiff.diff("I will look. Thanks", "I will Sorry. Thanks").stream().map(Segment::text)
                .reduce("", String::concat)).isEqualTo("I will look Sorry. Thanks");
    }

    @Test
    void findsInsertionsAndDeletionsInTheMiddle() {
        List<Segment> d = WordDiff.diff("run mvn test now", "run mvn clean test");
        assertThat(d).containsExactly(new Segment(Kind.SAME, "run mvn "), new Segment(Kind.ADDED, "clean "),
                new Segment(Kind.SAME, "test "), new Segment(Kind.REMOVED, "now"));
        assertThat(WordDiff.distance(d)).isEqualTo(2);
    }

    @Test
    void whitespaceChangesAloneAreNotDifferences() {
        assertThat(WordDiff.diff("a  b\nc", "a b c")).extracting(Segment::kind).containsOnly(Kind.SAME);
    }

    @Test
    void identicalAndEmptyTexts() {
        assertThat(WordDiff.diff("same text", "same text")).containsExactly(new Segment(Kind.SAME, "same text"));
        assertThat(WordDiff.diff("", "")).isEmpty();
        assertThat(WordDiff.diff(null, "new")).containsExactly(new Segment(Kind.ADDED, "new"));
        assertThat(WordDiff.diff("old", null)).containsExactly(new Segment(Kind.REMOVED, "old"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a b c d e f|a c d x f",
            "  leading space|leading space  ",
            "one, two; three!|one two three",
            "x y z|z y x",
            "Ünïcödé wörds 123|Ünïcödé words 124"})
    void bothSidesRebuildTheirTextsWordForWord(String a, String b) {
        List<Segment> d = WordDiff.diff(a, b);
        assertThat(words(side(d, Kind.ADDED))).isEqualTo(words(a));
        assertThat(words(side(d, Kind.REMOVED))).isEqualTo(words(b));
    }

    @Test
    void randomEditsKeepBothSidesAndFindNoLongerScriptThanTheEdits() {
        Random random = new Random(7);
        String[] words = {"alpha", "beta", "gamma", "delta", "eps", "zeta", "eta", "theta"};
        for (int round = 0; round < 200; round++) {
            StringBuilder a = new StringBuilder();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                a.append(words[random.nextInt(words.length)]).append(' ');
            }
            String[] tokens = a.toString().isBlank() ? new String[0] : a.toString().strip().split(" ");
            StringBuilder b = new StringBuilder();
            int edits = 0;
            for (String t : tokens) {
                int r = random.nextInt(10);
                if (r == 0) {
                    edits++;
                } else if (r == 1) {
                    b.append("new ").append(t).append(' ');
                    edits++;
                } else {
                    b.append(t).append(' ');
                }
            }
            List<Segment> d = WordDiff.diff(a.toString(), b.toString());
            assertThat(words(side(d, Kind.ADDED))).isEqualTo(words(a.toString()));
            assertThat(words(side(d, Kind.REMOVED))).isEqualTo(words(b.toString()));
            assertThat(WordDiff.distance(d)).isLessThanOrEqualTo(edits);
        }
    }

    @Test
    void veryDifferentLongTextsFallBackToOneRemovalAndOneAddition() {
        String a = "a ".repeat(5_000);
        String b = "b ".repeat(5_000);
        List<Segment> d = WordDiff.diff(a, b);
        assertThat(d).extracting(Segment::kind).containsExactly(Kind.REMOVED, Kind.ADDED);
    }
}
