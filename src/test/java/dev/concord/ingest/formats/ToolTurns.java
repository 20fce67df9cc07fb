package dev.concord.ingest.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concord.ingest.EventRedactor;
import dev.concord.ingest.LogFormat;
import dev.concord.ingest.ReadFormats;
import dev.concord.model.Generation;
import dev.concord.model.LogEvent;
import dev.concord.model.Message;
import dev.concord.model.SourceRef;
import dev.concord.model.ToolCall;
import dev.concord.redact.Redactor;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A tool-calling turn as each trace format records it, and what must survive the adapter and the redactor. */
final class ToolTurns {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String CALL_ID = "call_7Qm";
    static final String ARGUMENTS = "{\"order_id\":\"BW-1174024\",\"email\":\"ann.lee@example.com\"}";
    static final String RESULT = "{\"order_id\":\"BW-1174024\",\"status\":\"dispatched\"}";
    /** The function in OpenAI's shape. */
    static final String TOOL = "{\"type\":\"function\",\"function\":{\"name\":\"order_lookup\",\"description\":"
            + "\"Look up an order.\",\"parameters\":{\"type\":\"object\",\"properties\":{\"order_id\":{\"type\":\"string\"}}}}}";

    private ToolTurns() {
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Generation readOne(String line, LogFormat format) throws Exception {
        ReadFormats r = ReadFormats.read("line.jsonl", new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), format);
        assertThat(r.rejections).isEmpty();
        assertThat(r.generations).hasSize(1);
        return r.generations.get(0);
    }

    /** The call, its result and (when {@code withTools}) the function definition came through, and pass the redactor. */
    static void assertToolTurnSurvives(Generation g, boolean withTools) {
        Message call = g.prompt().stream().filter(m -> !m.toolCalls().isEmpty()).findFirst().orElseThrow();
        assertThat(call.role()).isEqualTo("assistant");
        assertThat(call.toolCalls()).containsExactly(new ToolCall(CALL_ID, "order_lookup", ARGUMENTS));
        Message result = g.prompt().stream().filter(m -> "tool".equals(m.role())).findFirst().orElseThrow();
        assertThat(result.toolCallId()).isEqualTo(CALL_ID);
        assertThat(result.content()).isEqualTo(RESULT);
        if (withTools) {
            assertThat(json(g.tools())).isEqualTo(json("[" + TOOL + "]"));
        }
        Generation redacted = ((LogEvent.GenerationEvent) new EventRedactor(Redactor.standard())
                .redact(new LogEvent.GenerationEvent(g, new SourceRef("f", 1)))).generation();
        String args = redacted.prompt().stream().filter(m -> !m.toolCalls().isEmpty()).findFirst().orElseThrow()
                .toolCalls().get(0).arguments();
        assertThat(args).doesNotContain("ann.lee@example.com").contains("[EMAIL]").contains("BW-1174024");
    }

    /** An answer that only calls the tool: no text, the call kept as the answer's tool call, its arguments redacted. */
    static void assertAnswerCallSurvives(Generation g) {
        assertThat(g.output()).isEmpty();
        assertThat(g.outputToolCalls()).containsExactly(new ToolCall(CALL_ID, "order_lookup", ARGUMENTS));
        Generation redacted = ((LogEvent.GenerationEvent) new EventRedactor(Redactor.standard())
                .redact(new LogEvent.GenerationEvent(g, new SourceRef("f", 1)))).generation();
        assertThat(redacted.outputToolCalls()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("order_lookup");
            assertThat(c.arguments()).doesNotContain("ann.lee@example.com").contains("[EMAIL]").contains("BW-1174024");
        });
    }
}
