package dev.concord.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PatternRuleTest {

    @Test
    void redactsTheWholeMatchByDefault() {
        PatternRule rule = PatternRule.of("ticket", PiiType.SECRET, "T-\\d+");

        assertThat(rule.find("see T-42 and T-7")).containsExactly(
                new RedactionHit(PiiType.SECRET, "ticket", 4, 8),
                new RedactionHit(PiiType.SECRET, "ticket", 13, 16));
    }

    @Test
    void redactsOnlyTheChosenGroup() {
        PatternRule rule = PatternRule.builder("pin", PiiType.SECRET).pattern("pin=(\\d{4})").group(1).build();

        assertThat(new Redactor(List.of(rule)).redact("pin=1234;", null)).isEqualTo("pin=[SECRET];");
    }

    @Test
    void skipsTheRegexWhenThePrefilterSaysNo() {
        AtomicInteger validated = new AtomicInteger();
        PatternRule rule = PatternRule.builder("x", PiiType.IP).pattern("x")
                .prefilter(text -> text.startsWith("go"))
                .validator((text, start, end) -> validated.incrementAndGet() > 0)
                .build();

        assertThat(rule.find("stop x")).isEmpty();
        assertThat(validated).hasValue(0);
        assertThat(rule.find("go x")).hasSize(1);
    }

    @Test
    void dropsMatchesTheValidatorRejects() {
        PatternRule rule = PatternRule.builder("even", PiiType.IP).pattern("\\d")
                .validator((text, start, end) -> (text.charAt(start) - '0') % 2 == 0)
                .build();

        assertThat(rule.find("1234")).extracting(RedactionHit::start).containsExactly(1, 3);
    }

    @Test
    void anchoredSearchFindsTheSameMatchesAsAWholeTextSearch() {
        String regex = "(?<![\\w.])[\\w.]+@[a-z]+\\.[a-z]{2,}";
        PatternRule whole = PatternRule.of("mail", PiiType.EMAIL, regex);
        PatternRule anchored = PatternRule.builder("mail", PiiType.EMAIL).pattern(regex)
                .anchoredAt('@', c -> Character.isLetterOrDigit(c) || c == '_' || c == '.').build();
        String text = "a.b@c.io, @nope, x@y.com z@@w.org q@r.st";

        assertThat(anchored.find(text)).isEqualTo(whole.find(text)).hasSize(3);
    }

    @Test
    void digitRunSearchFindsTheSameMatchesAsAWholeTextSearch() {
        String regex = "(?<!\\d)\\d{3}-\\d{4}(?!\\d)";
        PatternRule whole = PatternRule.of("n", PiiType.PHONE, regex);
        PatternRule runs = PatternRule.builder("n", PiiType.PHONE).pattern(regex).withinDigitRuns("-", 7, 1).build();
        String text = "555-0100, 12-3456, x555-0199y 5550100 555-01000";

        assertThat(runs.find(text)).isEqualTo(whole.find(text)).hasSize(2);
    }

    @Test
    void rejectsAGroupThePatternDoesNotHave() {
        assertThatThrownBy(() -> PatternRule.builder("x", PiiType.IP).pattern("a(b)").group(2).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x");
    }

    @Test
    void rejectsAnAnchorThatIsAlsoALeadCharacter() {
        assertThatThrownBy(() -> PatternRule.builder("x", PiiType.IP).pattern("a").anchoredAt('a', c -> true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void caseInsensitivePrefilterFindsAnyNeedle() {
        Prefilter prefilter = Prefilter.containsAnyIgnoreCase("bearer", "Basic");

        assertThat(prefilter.mayMatch("Authorization: BEARER x")).isTrue();
        assertThat(prefilter.mayMatch("basic")).isTrue();
        assertThat(prefilter.mayMatch("bear basi")).isFalse();
        assertThat(Prefilter.minDigits(3).mayMatch("a1b2c3")).isTrue();
        assertThat(Prefilter.minDigits(3).mayMatch("a1b2c")).isFalse();
    }
}
