package dev.concord.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concord.curate.Example;
import dev.concord.model.EvaluatorScore;
import dev.concord.model.Message;
import dev.concord.model.ToolCall;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One Inspect AI sample: {@code id}, {@code input} as Inspect chat messages, {@code target}, {@code metadata}.
 * Inspect's messages differ from OpenAI's in the agent turns: a tool call is {@code {"id", "function": NAME,
 * "arguments": {...}}} with the arguments as an object (a call whose arguments are not a JSON object gets
 * {@code {}} and a {@code parse_error}), and a tool result names its {@code function}.
 */
final class InspectMessages {
    private static final ObjectMapper JSON = new ObjectMapper();

    private InspectMessages() {
    }

    static void sample(JsonGenerator g, Example e, boolean regression, List<EvaluatorScore> scores) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeArrayFieldStart("input");
        Map<String, String> functions = new HashMap<>();
        for (Message m : e.prompt()) {
            message(g, m, functions);
        }
        g.writeEndArray();
        g.writeStringField("target", e.answer());
        g.writeObjectFieldStart("metadata");
        EvalLayouts.tags(g, e);
        if (regression) {
            g.writeStringField("bad_answer", e.rejected());
        }
        if (e.tools() != null) {
            g.writeFieldName("tools");
            g.writeRawValue(e.tools());
        }
        ScoreJson.write(g, scores);
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void message(JsonGenerator g, Message m, Map<String, String> functions) throws IOException {
        g.writeStartObject();
        g.writeStringField("role", m.role());
        g.writeStringField("content", m.content());
        if (!m.toolCalls().isEmpty()) {
            g.writeArrayFieldStart("tool_calls");
            for (ToolCall c : m.toolCalls()) {
                functions.put(c.id(), c.name());
                g.writeStartObject();
                g.writeStringField("id", c.id());
                g.writeStringField("function", c.name());
                JsonNode args = arguments(c.arguments());
                g.writeFieldName("arguments");
                if (args != null) {
                    JSON.writeTree(g, args);
                } else {
                    g.writeStartObject();
                    g.writeEndObject();
                    g.writeStringField("parse_error", "the arguments are not a JSON object");
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if ("tool".equals(m.role())) {
            if (m.toolCallId() != null) {
                g.writeStringField("tool_call_id", m.toolCallId());
            }
            String function = m.name() != null ? m.name() : functions.get(m.toolCallId());
            if (function != null) {
                g.writeStringField("function", function);
            }
        }
        g.writeEndObject();
    }

    private static JsonNode arguments(String text) {
        try {
            JsonNode n = JSON.readTree(text);
            return n != null && n.isObject() ? n : null;
        } catch (IOException e) {
            return null;
        }
    }
}
