package dev.concord.ingest;

import dev.concord.model.LogEvent;
import dev.concord.model.Rating;
import dev.concord.model.SessionOutcome;
import dev.concord.model.SignalKind;
import dev.concord.model.SourceRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventParserTest {
    private final EventParser parser = new EventParser();
    private static final SourceRef AT = new SourceRef("log.jsonl", 7);
    private static final String GENERATION_START =
            "{\"type\":\"generation\",\"id\":\"g\",\"session\":\"s\",\"ts\":\"2026-11-20T10:00:00Z\",";

    private List<LogEvent> parse(String line) throws LineRejectedException {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        return parser.parse(b, b.length, AT);
    }

    @Test
    void parsesGenerationWithMessageListPrompt() throws Exception {
        LogEvent e = parse("{\"type\":\"generation\",\"id\":\"g1\",\"session\":\"s1\",\"ts\":\"2026-11-20T10:00:00Z\","
                + "\"model\":\"agent-v3\",\"prompt\":[{\"role\":\"system\",\"content\":\"sys\"},{\"role\":\"user\",\"content\":\"hi\"}],"
                + "\"output\":\"hello\",\"sources\":[\"doc-1\"]}").get(0);
        var g = ((LogEvent.GenerationEvent) e).generation();
        assertThat(g.id()).isEqualTo("g1");
        assertThat(g.session()).isEqualTo("s1");
        assertThat(g.prompt()).hasSize(2);
        assertThat(g.lastUserMessage()).isEqualTo("hi");
        assertThat(g.sources()).containsExactly("doc-1");
        assertThat(g.regenerates()).isNull();
        assertThat(e.source()).isEqualTo(AT);
    }

    @Test
    void plainStringPromptBecomesOneUserMessage() throws Exception {
        var g = ((LogEvent.GenerationEvent) parse("{\"type\":\"generation\",\"id\":\"g2\",\"session\":\"s1\","
                + "\"ts\":\"2026-11-20T10:00:00Z\",\"regenerates\":\"g1\",\"prompt\":\"why?\",\"output\":\"because\"}").get(0)).generation();
        assertThat(g.prompt()).singleElement().satisfies(m -> {
            assertThat(m.role()).isEqualTo("user");
            assertThat(m.content()).isEqualTo("why?");
        });
        assertThat(g.regenerates()).isEqualTo("g1");
    }

    @Test
    void parsesEverySignalKindAndSessionEnd() throws Exception {
        var fb = ((LogEvent.SignalEvent) parse("{\"type\":\"feedback\",\"generation\":\"g2\",\"ts\":\"2026-11-20T10:00:00Z\","
                + "\"rating\":\"down\",\"correction\":\"fixed\",\"comment\":\"still wrong\"}").get(0)).signal();
        assertThat(fb.kind()).isEqualTo(SignalKind.FEEDBACK);
        assertThat(fb.rating()).isEqualTo(Rating.DOWN);
        assertThat(fb.text()).isEqualTo("fixed");
        assertThat(fb.comment()).isEqualTo("still wrong");
        assertThat(((LogEvent.SignalEvent) parse("{\"type\":\"edit\",\"generation\":\"g2\",\"ts\":\"2026-11-20T10:00:00Z\",\"text\":\"mine\"}")
                .get(0)).signal().text()).isEqualTo("mine");
        assertThat(((LogEvent.SignalEvent) parse("{\"type\":\"copy\",\"generation\":\"g2\",\"ts\":\"2026-11-20T10:00:00Z\"}")
                .get(0)).signal().kind()).isEqualTo(SignalKind.COPY);
        assertThat(((LogEvent.SignalEvent) parse("{\"type\":\"regenerate\",\"generation\":\"g1\",\"ts\":\"2026-11-20T10:00:00Z\"}")
                .get(0)).signal().kind()).isEqualTo(SignalKind.REGENERATE);
        var end = ((LogEvent.SessionEndEvent) parse("{\"type\":\"session_end\",\"session\":\"s1\",\"ts\":\"2026-11-20T10:00:00+01:00\","
                + "\"outcome\":\"abandoned\"}").get(0)).end();
        assertThat(end.outcome()).isEqualTo(SessionOutcome.ABANDONED);
        assertThat(end.ts().toString()).isEqualTo("2026-11-20T09:00:00Z");
    }

    @Test
    void simpleRecordBecomesGenerationAndFeedback() throws Exception {
        List<LogEvent> events = parse("{\"id\":\"r1\",\"ts\":\"2026-11-20T10:00:00Z\",\"question\":\"q?\",\"answer\":\"a.\","
                + "\"sources\":[\"s\"],\"feedback\":{\"rating\":\"down\",\"correction\":null}}");
        assertThat(events).hasSize(2);
        var g = ((LogEvent.GenerationEvent) events.get(0)).generation();
        assertThat(g.session()).isEqualTo("r1");
        assertThat(g.output()).isEqualTo("a.");
        var s = ((LogEvent.SignalEvent) events.get(1)).signal();
        assertThat(s.rating()).isEqualTo(Rating.DOWN);
        assertThat(s.hasText()).isFalse();
    }

    @Test
    void simpleRecordWithoutFeedbackIsJustAGeneration() throws Exception {
        assertThat(parse("{\"id\":\"r2\",\"ts\":\"2026-11-20T10:00:00Z\",\"question\":\"q?\",\"answer\":\"a.\"}")).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "malformed JSON | {\"type\":\"generation\", | malformed JSON",
            "not an object | [1,2] | expected a JSON object",
            "unknown type | {\"type\":\"teleport\",\"ts\":\"2026-11-20T10:00:00Z\"} | unknown event type 'teleport'",
            "missing id | {\"type\":\"generation\",\"session\":\"s\",\"ts\":\"2026-11-20T10:00:00Z\",\"prompt\":\"p\",\"output\":\"o\"} | field 'id': missing",
            "missing prompt | {\"type\":\"generation\",\"id\":\"g\",\"session\":\"s\",\"ts\":\"2026-11-20T10:00:00Z\",\"output\":\"o\"} | field 'prompt': missing",
            "bad rating | {\"type\":\"feedback\",\"generation\":\"g\",\"ts\":\"2026-11-20T10:00:00Z\",\"rating\":\"meh\"} | field 'rating'",
            "bad ts | {\"type\":\"copy\",\"generation\":\"g\",\"ts\":\"yesterday\"} | field 'ts': not an ISO-8601 timestamp",
            "bad outcome | {\"type\":\"session_end\",\"session\":\"s\",\"ts\":\"2026-11-20T10:00:00Z\",\"outcome\":\"exploded\"} | field 'outcome'",
            "no type, no answer | {\"id\":\"x\"} | field 'type': missing",
            "edit without text | {\"type\":\"edit\",\"generation\":\"g\",\"ts\":\"2026-11-20T10:00:00Z\"} | field 'text': missing",
            "trailing garbage | {\"type\":\"copy\",\"generation\":\"g\",\"ts\":\"2026-11-20T10:00:00Z\"} garbage | unexpected text after the JSON object",
            "trailing brace | {\"type\":\"copy\",\"generation\":\"g\",\"ts\":\"2026-11-20T10:00:00Z\"}} | unexpected text after the JSON object",
            "trailing value | {\"type\":\"copy\",\"generation\":\"g\",\"ts\":\"2026-11-20T10:00:00Z\"} 1 | unexpected text after the JSON object near column",
            "two objects | {\"type\":\"copy\",\"generation\":\"g\",\"ts\":\"2026-11-20T10:00:00Z\"}{\"type\":\"copy\",\"generation\":\"h\",\"ts\":\"2026-11-20T10:00:00Z\"} | two JSON objects on one line",
            "number id | {\"type\":\"generation\",\"id\":42,\"session\":\"s\",\"ts\":\"2026-11-20T10:00:00Z\",\"prompt\":\"p\",\"output\":\"o\"} | field 'id': must be a string, not a number",
            "number reference | {\"type\":\"copy\",\"generation\":7,\"ts\":\"2026-11-20T10:00:00Z\"} | field 'generation': must be a string, not a number",
            "boolean output | GEN\"prompt\":\"p\",\"output\":true} | field 'output': must be a string, not true/false",
            "message without content | GEN\"prompt\":[{\"role\":\"system\",\"content\":\"x\"},{\"role\":\"user\"}],\"output\":\"o\"} | field 'prompt[1].content': missing",
            "message with null content | GEN\"prompt\":[{\"role\":\"user\",\"content\":null}],\"output\":\"o\"} | field 'prompt[0].content': missing",
            "unknown role | GEN\"prompt\":[{\"role\":\"wizard\",\"content\":\"x\"}],\"output\":\"o\"} | field 'prompt[0].role': unknown role 'wizard' (expected system, user, assistant, tool)",
            "message without role | GEN\"prompt\":[{\"content\":\"x\"}],\"output\":\"o\"} | field 'prompt[0].role': missing",
            "year after 9999 | {\"type\":\"copy\",\"generation\":\"g\",\"ts\":\"+10000-01-01T00:00:00Z\"} | field 'ts': year out of range (1970 to 9999)",
            "year before 1970 | {\"type\":\"copy\",\"generation\":\"g\",\"ts\":\"1969-12-31T23:59:59Z\"} | field 'ts': year out of range (1970 to 9999)",
            "lone surrogate | GEN\"prompt\":\"p\",\"output\":\"ok \\ud800 then\"} | field 'output': lone UTF-16 surrogate",
            "lone low surrogate in a message | GEN\"prompt\":[{\"role\":\"user\",\"content\":\"\\udc00\"}],\"output\":\"o\"} | field 'prompt[0].content': lone UTF-16 surrogate",
            "lone surrogate in an id | {\"type\":\"copy\",\"generation\":\"g\\ud83d\",\"ts\":\"2026-11-20T10:00:00Z\"} | field 'generation': lone UTF-16 surrogate",
    })
    void rejectsBadLinesNamingTheField(String name, String line, String expected) {
        assertThatThrownBy(() -> parse(line.replace("GEN", GENERATION_START)))
                .isInstanceOf(LineRejectedException.class)
                .hasMessageContaining(expected);
    }

    @Test
    void rejectionNeverEchoesContent() {
        assertThatThrownBy(() -> parse("{\"type\":\"alice@example.com\",\"ts\":\"2026-11-20T10:00:00Z\"}"))
                .isInstanceOf(LineRejectedException.class)
                .hasMessageNotContaining("alice")
                .hasMessageContaining("not shown");
        assertThatThrownBy(() -> parse("{\"type\":\"generation\", \"output\": \"call me at 415-555-0100\" oops}"))
                .hasMessageNotContaining("415");
    }

    @Test
    void acceptsAPairedSurrogateTheEarliestAndTheLatestYear() throws Exception {
        LogEvent e = parse(GENERATION_START + "\"prompt\":\"p\",\"output\":\"smile \\ud83d\\ude00\"}").get(0);
        assertThat(((LogEvent.GenerationEvent) e).generation().output()).isEqualTo("smile \uD83D\uDE00");
        assertThat(parse("{\"type\":\"copy\",\"generation\":\"g\",\"ts\":\"1970-01-01T00:00:00Z\"}")).hasSize(1);
        assertThat(parse("{\"type\":\"copy\",\"generation\":\"g\",\"ts\":\"9999-12-31T23:59:59.999Z\"}")).hasSize(1);
    }

    @Test
    void whitespaceAfterTheObjectIsFine() throws Exception {
        assertThat(parse("{\"type\":\"copy\",\"generation\":\"g\",\"ts\":\"2026-11-20T10:00:00Z\"}  \t")).hasSize(1);
    }

    @Test
    void aSourceThatIsNotAStringIsKeptAsItsJsonText() throws Exception {
        LogEvent e = parse(GENERATION_START + "\"prompt\":\"p\",\"output\":\"o\",\"sources\":[{\"url\":\"kb/1\"},3]}").get(0);
        assertThat(((LogEvent.GenerationEvent) e).generation().sources()).containsExactly("{\"url\":\"kb/1\"}", "3");
    }
}
