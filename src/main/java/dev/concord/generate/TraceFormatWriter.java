package dev.concord.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concord.ingest.LogFormat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rewrites a Concord JSONL log (as {@link LogGenerator} writes it) in a trace format, so that the same conversations
 * can be read through each adapter: generations and feedback (with correction and comment) carry over; regenerate,
 * edit, copy and session-end events have no counterpart in these formats and are left out. Streams line by line;
 * for the mapped format, which holds feedback in the interaction's own record, the last generations are remembered
 * (a bounded number) so that feedback can repeat its interaction.
 */
public final class TraceFormatWriter {
    /** The mapping that reads {@link LogFormat#MAPPED} output, as YAML. */
    public static final String MAPPING = """
            session: conversation
            id: id
            time: created_at
            model: model
            prompt: messages
            tools: tools
            answer: reply
            rating: feedback.thumbs
            correction: feedback.correction
            comment: feedback.comment
            rating_values:
              up: ["up"]
              down: ["down"]
            """;
    private static final int REMEMBERED = 10_000;
    static final JsonFactory FACTORY = new JsonFactoryBuilder().rootValueSeparator((String) null)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private final ObjectMapper mapper = new ObjectMapper();
    private final OtlpRecords otlp = new OtlpRecords(FACTORY);
    private final LogFormat format;
    private final Map<String, JsonNode> recent = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, JsonNode> eldest) {
            return size() > REMEMBERED;
        }
    };
    private long lines;
    private long feedbackId;

    public TraceFormatWriter(LogFormat format) {
        if (format == LogFormat.AUTO || format == LogFormat.CONCORD) {
            throw new IllegalArgumentException("writes otel, langfuse, langsmith or mapped, not " + format.wireName());
        }
        this.format = format;
    }

    /** Rewrites every line of {@code in}; returns how many lines it wrote. */
    public long write(BufferedReader in, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.setCodec(mapper);
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode e = mapper.readTree(line);
                String type = e.path("type").asText("record");
                if (type.equals("generation")) {
                    generation(g, e);
                } else if (type.equals("feedback")) {
                    feedback(g, e.path("generation").asText(), e.path("ts").asText(), e.path("rating").asText(),
                            e.get("correction"), e.get("comment"));
                } else if (type.equals("record")) {
                    JsonNode gen = mapper.createObjectNode().put("id", e.path("id").asText()).put("session", e.path("id").asText())
                            .put("ts", e.path("ts").asText()).put("prompt", e.path("question").asText())
                            .put("output", e.path("answer").asText());
                    generation(g, gen);
                    JsonNode fb = e.path("feedback");
                    if (fb.isObject()) {
                        feedback(g, e.path("id").asText(), e.path("ts").asText(), fb.path("rating").asText(),
                                fb.get("correction"), fb.get("comment"));
                    }
                }
            }
            g.flush();
        }
        return lines;
    }

    private void generation(JsonGenerator g, JsonNode e) throws IOException {
        String id = e.path("id").asText();
        switch (format) {
            case OTEL -> otlp.span(g, id, e, null, 0);
            case LANGFUSE -> {
                g.writeStartObject();
                g.writeStringField("id", "trace-" + id);
                g.writeStringField("timestamp", e.path("ts").asText());
                g.writeStringField("sessionId", e.path("session").asText());
                g.writeStringField("htmlPath", "/project/bench/traces/trace-" + id);
                g.writeArrayFieldStart("observations");
                g.writeStartObject();
                g.writeStringField("id", id);
                g.writeStringField("traceId", "trace-" + id);
                g.writeStringField("type", "GENERATION");
                g.writeStringField("startTime", e.path("ts").asText());
                g.writeStringField("model", e.path("model").asText(null));
                g.writeFieldName("input");
                if (e.hasNonNull("tools")) {
                    g.writeStartObject();
                    g.writeFieldName("messages");
                    OtlpRecords.messages(g, e.get("prompt"), "content");
                    g.writeObjectField("tools", e.get("tools"));
                    g.writeEndObject();
                } else {
                    OtlpRecords.messages(g, e.get("prompt"), "content");
                }
                g.writeObjectFieldStart("output");
                g.writeStringField("role", "assistant");
                g.writeStringField("content", e.path("output").asText());
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndArray();
                g.writeArrayFieldStart("scores");
                g.writeEndArray();
                g.writeEndObject();
            }
            case LANGSMITH -> {
                g.writeStartObject();
                g.writeStringField("id", id);
                g.writeStringField("name", "ChatOpenAI");
                g.writeStringField("run_type", "llm");
                g.writeStringField("start_time", e.path("ts").asText());
                g.writeObjectFieldStart("extra");
                if (e.hasNonNull("tools")) {
                    g.writeObjectFieldStart("invocation_params");
                    g.writeStringField("model", e.path("model").asText(null));
                    g.writeObjectField("tools", e.get("tools"));
                    g.writeEndObject();
                }
                g.writeObjectFieldStart("metadata");
                g.writeStringField("thread_id", e.path("session").asText());
                g.writeStringField("ls_model_name", e.path("model").asText(null));
                g.writeEndObject();
                g.writeEndObject();
                g.writeObjectFieldStart("inputs");
                g.writeFieldName("messages");
                OtlpRecords.messages(g, e.get("prompt"), "content");
                g.writeEndObject();
                g.writeObjectFieldStart("outputs");
                g.writeArrayFieldStart("choices");
                g.writeStartObject();
                g.writeObjectFieldStart("message");
                g.writeStringField("role", "assistant");
                g.writeStringField("content", e.path("output").asText());
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
                g.writeStringField("trace_id", id);
                g.writeEndObject();
            }
            case MAPPED -> {
                recent.put(id, e);
                mapped(g, e, null);
            }
            default -> throw new IllegalStateException();
        }
        g.writeRaw('\n');
        lines++;
    }

    private void feedback(JsonGenerator g, String generation, String ts, String rating, JsonNode correction,
                          JsonNode comment) throws IOException {
        String fix = correction == null || correction.isNull() ? null : correction.asText();
        String note = comment == null || comment.isNull() ? null : comment.asText();
        boolean up = "up".equals(rating);
        feedbackId++;
        switch (format) {
            case OTEL -> otlp.span(g, generation, null, new String[] {ts, up ? "thumbs_up" : "thumbs_down", fix, note},
                    feedbackId);
            case LANGFUSE -> {
                g.writeStartObject();
                g.writeStringField("id", "score-" + feedbackId);
                g.writeStringField("traceId", "trace-" + generation);
                g.writeStringField("observationId", generation);
                g.writeStringField("name", "user-feedback");
                g.writeStringField("source", "API");
                g.writeStringField("dataType", "BOOLEAN");
                g.writeNumberField("value", up ? 1 : 0);
                g.writeStringField("timestamp", ts);
                g.writeStringField("comment", note);
                if (fix != null) {
                    g.writeObjectFieldStart("metadata");
                    g.writeStringField("correction", fix);
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            case LANGSMITH -> {
                g.writeStartObject();
                g.writeStringField("id", "feedback-" + feedbackId);
                g.writeStringField("run_id", generation);
                g.writeStringField("key", "user_score");
                g.writeNumberField("score", up ? 1 : 0);
                g.writeStringField("comment", note);
                if (fix != null) {
                    g.writeObjectFieldStart("correction");
                    g.writeStringField("output", fix);
                    g.writeEndObject();
                }
                g.writeStringField("created_at", ts);
                g.writeObjectFieldStart("feedback_source");
                g.writeStringField("type", "api");
                g.writeEndObject();
                g.writeEndObject();
            }
            case MAPPED -> {
                JsonNode gen = recent.get(generation);
                if (gen == null) {
                    return;
                }
                mapped(g, gen, new String[] {rating, fix, note});
            }
            default -> throw new IllegalStateException();
        }
        g.writeRaw('\n');
        lines++;
    }

    private void mapped(JsonGenerator g, JsonNode e, String[] feedback) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.path("id").asText());
        g.writeStringField("conversation", e.path("session").asText());
        g.writeStringField("created_at", e.path("ts").asText());
        g.writeStringField("model", e.path("model").asText(null));
        g.writeFieldName("messages");
        OtlpRecords.messages(g, e.get("prompt"), "content");
        if (e.hasNonNull("tools")) {
            g.writeObjectField("tools", e.get("tools"));
        }
        g.writeStringField("reply", e.path("output").asText());
        if (feedback != null) {
            g.writeObjectFieldStart("feedback");
            g.writeStringField("thumbs", feedback[0]);
            g.writeStringField("correction", feedback[1]);
            g.writeStringField("comment", feedback[2]);
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}
