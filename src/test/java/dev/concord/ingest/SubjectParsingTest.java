package dev.concord.ingest;

import dev.concord.model.LogEvent;
import dev.concord.model.SourceRef;
import dev.concord.model.Subject;
import dev.concord.redact.Pseudonyms;
import dev.concord.redact.Redactor;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The optional user and consent fields of a log line, and what ingest makes of them. */
class SubjectParsingTest {
    private static final SourceRef AT = new SourceRef("a.jsonl", 3);
    private final EventParser parser = new EventParser();

    private List<LogEvent> parse(String line) throws LineRejectedException {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        return parser.parse(b, b.length, AT);
    }

    @Test
    void aLineWithoutUserOrConsentHasNoSubject() throws Exception {
        assertThat(parse("{\"type\":\"copy\",\"generation\":\"g\",\"ts\":\"2026-11-20T10:00:00Z\"}").get(0).subject())
                .isSameAs(Subject.NONE);
    }

    @Test
    void aSimpleRecordGivesItsUserAndConsentToBothEvents() throws Exception {
        List<LogEvent> events = parse("{\"id\":\"r1\",\"ts\":\"2026-11-20T10:00:00Z\",\"question\":\"q\",\"answer\":\"a\","
                + "\"user\":\"u@x.org\",\"consent\":false,\"feedback\":{\"rating\":\"up\"}}");
        assertThat(events).hasSize(2).allMatch(e -> e.subject().equals(new Subject("u@x.org", false)));
    }

    @Test
    void consentMustBeABooleanAndUserAString() {
        assertThatThrownBy(() -> parse("{\"type\":\"copy\",\"generation\":\"g\",\"ts\":\"2026-11-20T10:00:00Z\",\"consent\":\"no\"}"))
                .isInstanceOf(LineRejectedException.class).hasMessageContaining("consent").hasMessageContaining("true or false");
        assertThatThrownBy(() -> parse("{\"type\":\"copy\",\"generation\":\"g\",\"ts\":\"2026-11-20T10:00:00Z\",\"user\":7}"))
                .isInstanceOf(LineRejectedException.class).hasMessageContaining("user");
    }

    @Test
    void theRedactorReplacesTheUserByAStableKeyedPseudonym() throws Exception {
        byte[] key = Pseudonyms.newKey();
        EventRedactor one = new EventRedactor(Redactor.standard(), new Pseudonyms(Redactor.standard(), key));
        EventRedactor two = new EventRedactor(Redactor.standard(), new Pseudonyms(Redactor.standard(), key));
        LogEvent e = parse("{\"type\":\"copy\",\"generation\":\"g\",\"ts\":\"2026-11-20T10:00:00Z\",\"user\":\"Jane Roe\"}").get(0);
        String user = one.redact(e).subject().user();
        assertThat(user).matches("user-[0-9a-f]{16}").isEqualTo(two.redact(e).subject().user());
        assertThat(new EventRedactor(Redactor.standard()).redact(e).subject().user()).isNotEqualTo(user);
    }

    @Test
    void theFilterWithholdsAWithdrawnSessionAndItsLaterSignals() throws Exception {
        Pseudonyms keys = new Pseudonyms(Redactor.standard(), Pseudonyms.newKey());
        ConsentFilter filter = new ConsentFilter(Set.of(), keys);
        assertThat(filter.admits(parse("{\"type\":\"generation\",\"id\":\"g1\",\"session\":\"s1\",\"ts\":\"2026-11-20T10:00:00Z\","
                + "\"prompt\":\"q\",\"output\":\"a\",\"consent\":false}").get(0))).isFalse();
        assertThat(filter.admits(parse("{\"type\":\"feedback\",\"generation\":\"g1\",\"ts\":\"2026-11-20T10:00:00Z\","
                + "\"rating\":\"up\"}").get(0))).isFalse();
        assertThat(filter.admits(parse("{\"type\":\"session_end\",\"session\":\"s1\",\"ts\":\"2026-11-20T10:00:00Z\","
                + "\"outcome\":\"completed\"}").get(0))).isFalse();
        assertThat(filter.admits(parse("{\"type\":\"session_end\",\"session\":\"s2\",\"ts\":\"2026-11-20T10:00:00Z\","
                + "\"outcome\":\"completed\"}").get(0))).isTrue();
        assertThat(filter.withheld()).isEqualTo(3);
        assertThat(filter.withdrawnSessions()).containsExactly("s1");
    }
}
