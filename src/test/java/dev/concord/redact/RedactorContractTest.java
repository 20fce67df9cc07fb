package dev.concord.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactorContractTest {

    private final Redactor redactor = Redactor.standard();

    @Test
    void returnsTheSameInstanceWhenNothingMatched() {
        String text = new String("nothing to see here, version 1.2.3");

        assertThat(redactor.redact(text, new RedactionCounts())).isSameAs(text);
    }

    @Test
    void returnsNullForNullAndNothingElseHappens() {
        RedactionCounts counts = new RedactionCounts();

        assertThat(redactor.redact(null, counts)).isNull();
        assertThat(redactor.scan(null)).isEmpty();
        assertThat(redactor.containsPii(null)).isFalse();
        assertThat(counts.total()).isZero();
    }

    @Test
    void acceptsNullCounts() {
        assertThat(redactor.redact("mail a@b.io", null)).isEqualTo("mail [EMAIL]");
    }

    @Test
    void countsOneRedactionPerReplacedSpan() {
        RedactionCounts counts = new RedactionCounts();

        redactor.redact("a@b.io c@d.io +44 20 7946 0958 4111 1111 1111 1111 10.0.0.1 password=hunter2", counts);

        assertThat(counts.asMap()).containsAllEntriesOf(Map.of(
                PiiType.EMAIL, 2L, PiiType.PHONE, 1L, PiiType.CARD, 1L, PiiType.IP, 1L, PiiType.SECRET, 1L));
        assertThat(counts.total()).isEqualTo(6);
    }

    @Test
    void scanReportsTypeRuleAndOffsetsInTextOrder() {
        String text = "ip 10.0.0.1 mail bob@example.com";

        assertThat(redactor.scan(text)).containsExactly(
                new RedactionHit(PiiType.IP, "ipv4", 3, 11),
                new RedactionHit(PiiType.EMAIL, "email", 17, 32));
        assertThat(text.substring(17, 32)).isEqualTo("bob@example.com");
    }

    @Test
    void scanAgreesWithRedactAndContainsPii() {
        String text = "call +1-415-555-0100 or mail x@y.org";

        List<RedactionHit> hits = redactor.scan(text);

        assertThat(hits).hasSize(2);
        assertThat(redactor.containsPii(text)).isTrue();
        StringBuilder rebuilt = new StringBuilder(text);
        for (int i = hits.size() - 1; i >= 0; i--) {
            RedactionHit hit = hits.get(i);
            rebuilt.replace(hit.start(), hit.end(), hit.type().placeholder());
        }
        assertThat(redactor.redact(text, null)).isEqualTo(rebuilt.toString());
    }

    @Test
    void secretWinsOverACardInsideTheSameSpan() {
        RedactionCounts counts = new RedactionCounts();

        String out = redactor.redact("password=4111111111111111", counts);

        assertThat(out).isEqualTo("password=[SECRET]");
        assertThat(counts.get(PiiType.SECRET)).isEqualTo(1);
        assertThat(counts.get(PiiType.CARD)).isZero();
    }

    @Test
    void pemBlockSwallowsEverythingInsideIt() {
        String text = "-----BEGIN PRIVATE KEY-----\nadmin@example.com 10.0.0.1\n-----END PRIVATE KEY-----";
        RedactionCounts counts = new RedactionCounts();

        assertThat(redactor.redact(text, counts)).isEqualTo("[SECRET]");
        assertThat(counts.total()).isEqualTo(1);
        assertThat(redactor.scan(text)).singleElement()
                .isEqualTo(new RedactionHit(PiiType.SECRET, "pem-private-key", 0, text.length()));
    }

    @Test
    void partlyOverlappingHitsMergeIntoOneSpanWithTheWinnersType() {
        RedactionRule early = PatternRule.of("early", PiiType.PHONE, "abcd");
        RedactionRule late = PatternRule.of("late", PiiType.SECRET, "cdef");
        Redactor custom = new Redactor(List.of(early, late));

        assertThat(custom.scan("xxabcdefyy")).containsExactly(new RedactionHit(PiiType.SECRET, "late", 2, 8));
        assertThat(custom.redact("xxabcdefyy", null)).isEqualTo("xx[SECRET]yy");
    }

    @Test
    void amongEqualTypesTheEarliestThenLongestHitWins() {
        Redactor custom = new Redactor(List.of(
                PatternRule.of("short", PiiType.IP, "bc"),
                PatternRule.of("long", PiiType.IP, "bcde"),
                PatternRule.of("later", PiiType.IP, "cdefg")));

        assertThat(custom.scan("abcdefgh")).containsExactly(new RedactionHit(PiiType.IP, "long", 1, 7));
    }

    @Test
    void adjacentHitsStaySeparate() {
        Redactor custom = new Redactor(List.of(PatternRule.of("ab", PiiType.IP, "ab")));
        RedactionCounts counts = new RedactionCounts();

        assertThat(custom.redact("abab", counts)).isEqualTo("[IP][IP]");
        assertThat(counts.get(PiiType.IP)).isEqualTo(2);
    }

    @Test
    void customRuleAddedThroughTheConstructorRunsWithTheStandardOnes() {
        List<RedactionRule> rules = new ArrayList<>(Redactor.standard().rules());
        rules.add(PatternRule.builder("employee-id", PiiType.SECRET)
                .pattern("\\bEMP-\\d{6}\\b")
                .prefilter(Prefilter.containsAny("EMP-"))
                .build());
        Redactor extended = new Redactor(rules);

        assertThat(extended.redact("EMP-123456 wrote to a@b.io", null)).isEqualTo("[SECRET] wrote to [EMAIL]");
        assertThat(redactor.redact("EMP-123456", null)).isEqualTo("EMP-123456");
        assertThat(extended.rules()).hasSize(redactor.rules().size() + 1);
    }

    @Test
    void rulesAreACopyThatCannotBeModified() {
        List<RedactionRule> source = new ArrayList<>(List.of(PatternRule.of("x", PiiType.IP, "x")));
        Redactor custom = new Redactor(source);
        source.clear();

        assertThat(custom.rules()).hasSize(1);
        assertThatThrownBy(() -> custom.rules().add(PatternRule.of("y", PiiType.IP, "y")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aRuleReportingASpanBeyondTheTextFailsWithoutQuotingTheText() {
        RedactionRule broken = new RedactionRule() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public PiiType type() {
                return PiiType.SECRET;
            }

            @Override
            public List<RedactionHit> find(String text) {
                return List.of(new RedactionHit(PiiType.SECRET, "broken", 0, text.length() + 5));
            }
        };
        Redactor custom = new Redactor(List.of(broken));

        assertThatThrownBy(() -> custom.redact("secret-value-xyz", null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("broken")
                .hasMessageNotContaining("secret-value-xyz");
    }

    @Test
    void emptyRuleListRedactsNothing() {
        String text = "a@b.io";

        assertThat(new Redactor(List.of()).redact(text, null)).isSameAs(text);
    }

    @Test
    void placeholdersNameTheirType() {
        assertThat(PiiType.values()).extracting(PiiType::placeholder)
                .containsExactly("[EMAIL]", "[PHONE]", "[CARD]", "[IP]", "[SECRET]", "[NATIONAL_ID]", "[IBAN]",
                        "[BANK_ACCOUNT]", "[PASSPORT]", "[DATE_OF_BIRTH]", "[ADDRESS]", "[NAME]", "[CUSTOM]");
    }

    @Test
    void hitRejectsEmptyOrNegativeSpans() {
        assertThatThrownBy(() -> new RedactionHit(PiiType.IP, "r", 3, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RedactionHit(PiiType.IP, "r", -1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void redactsARealisticJsonlEvent() {
        String event = "{\"user\":\"jane.doe@example.com\",\"ip\":\"203.0.113.7\",\"msg\":\"my card is "
                + "4111 1111 1111 1111, call +44 20 7946 0958\",\"headers\":{\"Authorization\":\"Bearer "
                + "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abcdefghijklmnop\"}}";
        RedactionCounts counts = new RedactionCounts();

        String out = redactor.redact(event, counts);

        assertThat(out).isEqualTo("{\"user\":\"[EMAIL]\",\"ip\":\"[IP]\",\"msg\":\"my card is [CARD], call [PHONE]\","
                + "\"headers\":{\"Authorization\":\"Bearer [SECRET]\"}}");
        assertThat(counts.total()).isEqualTo(5);
    }
}
