package dev.concord.generate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;

/** The OTLP JSON that {@link TraceFormatWriter} writes: one export request per span, and chat messages. */
final class OtlpRecords {
    private static final ObjectMapper READER = new ObjectMapper();
    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonFactory factory;

    OtlpRecords(JsonFactory factory) {
        this.factory = factory;
    }

    /** A span in an OTLP export request: a generation, or (with {@code feedback}) a human annotation of one. */
    void span(JsonGenerator g, String id, JsonNode gen, String[] feedback, long feedbackId) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("resourceSpans");
        g.writeStartObject();
        g.writeArrayFieldStart("scopeSpans");
        g.writeStartObject();
        g.writeArrayFieldStart("spans");
        g.writeStartObject();
        g.writeStringField("traceId", "trace-" + id);
        g.writeStringField("spanId", feedback == null ? id : "feedback-" + feedbackId);
        g.writeStringField("name", feedback == null ? "chat" : "user_feedback");
        g.writeStringField("startTimeUnixNano", nanos(feedback == null ? gen.path("ts").asText() : feedback[0]));
        g.writeArrayFieldStart("attributes");
        attribute(g, "gen_ai.response.id", id);
        if (feedback == null) {
            attribute(g, "gen_ai.conversation.id", gen.path("session").asText());
            attribute(g, "gen_ai.request.model", gen.path("model").asText(null));
            StringWriter input = new StringWriter();
            try (JsonGenerator m = factory.createGenerator(input)) {
                m.setCodec(mapper);
                messages(m, gen.get("prompt"), null);
            }
            attribute(g, "gen_ai.input.messages", input.toString());
            StringWriter output = new StringWriter();
            try (JsonGenerator m = factory.createGenerator(output)) {
                m.writeStartArray();
                message(m, "assistant", gen.path("output").asText(), null);
                m.writeEndArray();
            }
            attribute(g, "gen_ai.output.messages", output.toString());
            attribute(g, "gen_ai.tool.definitions", toolDefinitions(gen.get("tools")));
        } else {
            attribute(g, "annotations.0.annotation.name", "user_feedback");
            attribute(g, "annotations.0.annotation.label", feedback[1]);
            attribute(g, "annotations.0.annotation.annotator_kind", "HUMAN");
            attribute(g, "annotations.0.annotation.explanation", feedback[3]);
            if (feedback[2] != null) {
                attribute(g, "annotations.0.annotation.metadata", mapper.createObjectNode().put("correction", feedback[2]).toString());
            }
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }

    /** OpenAI tools in OpenTelemetry's flat shape: {@code {"type":"function","name","description","parameters"}}. */
    private String toolDefinitions(JsonNode tools) {
        if (tools == null || !tools.isArray() || tools.isEmpty()) {
            return null;
        }
        com.fasterxml.jackson.databind.node.ArrayNode out = mapper.createArrayNode();
        for (JsonNode t : tools) {
            com.fasterxml.jackson.databind.node.ObjectNode flat = out.addObject().put("type", "function");
            t.path("function").fields().forEachRemaining(f -> flat.set(f.getKey(), f.getValue()));
        }
        return out.toString();
    }

    private static void attribute(JsonGenerator g, String key, String value) throws IOException {
        if (value == null) {
            return;
        }
        g.writeStartObject();
        g.writeStringField("key", key);
        g.writeObjectFieldStart("value");
        g.writeStringField("stringValue", value);
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * A prompt (text or messages) as a message list: OpenAI shape ({@code content}, {@code tool_calls},
     * {@code tool_call_id}, {@code name}) or, with a null {@code contentKey}, OpenTelemetry GenAI parts ({@code text},
     * {@code tool_call} with its arguments as an object, {@code tool_call_response}).
     */
    static void messages(JsonGenerator g, JsonNode prompt, String contentKey) throws IOException {
        g.writeStartArray();
        if (prompt != null && prompt.isArray()) {
            for (JsonNode m : prompt) {
                if (contentKey != null) {
                    g.writeTree(m);
                } else {
                    parts(g, m);
                }
            }
        } else if (prompt != null) {
            message(g, "user", prompt.asText(), contentKey);
        }
        g.writeEndArray();
    }

    private static void parts(JsonGenerator g, JsonNode m) throws IOException {
        g.writeStartObject();
        g.writeStringField("role", m.path("role").asText());
        if (m.hasNonNull("name")) {
            g.writeStringField("name", m.get("name").asText());
        }
        g.writeArrayFieldStart("parts");
        String text = m.path("content").asText("");
        if (m.hasNonNull("tool_call_id")) {
            g.writeStartObject();
            g.writeStringField("type", "tool_call_response");
            g.writeStringField("id", m.get("tool_call_id").asText());
            g.writeStringField("response", text);
            g.writeEndObject();
        } else if (!text.isEmpty() || !m.has("tool_calls")) {
            g.writeStartObject();
            g.writeStringField("type", "text");
            g.writeStringField("content", text);
            g.writeEndObject();
        }
        for (JsonNode c : m.path("tool_calls")) {
            g.writeStartObject();
            g.writeStringField("type", "tool_call");
            g.writeStringField("id", c.path("id").asText());
            g.writeStringField("name", c.path("function").path("name").asText());
            g.writeFieldName("arguments");
            String args = c.path("function").path("arguments").asText("{}");
            JsonNode parsed = arguments(args);
            if (parsed != null && parsed.toString().equals(args)) {
                g.writeTree(parsed);
            } else {
                g.writeString(args);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static JsonNode arguments(String args) {
        try {
            return READER.readTree(args);
        } catch (IOException e) {
            return null;
        }
    }

    private static void message(JsonGenerator g, String role, String text, String contentKey) throws IOException {
        g.writeStartObject();
        g.writeStringField("role", role);
        if (contentKey != null) {
            g.writeStringField(contentKey, text);
        } else {
            g.writeArrayFieldStart("parts");
            g.writeStartObject();
            g.writeStringField("type", "text");
            g.writeStringField("content", text);
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static String nanos(String iso) {
        Instant t = Instant.parse(iso);
        return t.getEpochSecond() + String.format("%09d", t.getNano());
    }
}
