package dev.concord.ingest.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.concord.ingest.LineRejectedException;
import dev.concord.model.EvaluatorScore;
import dev.concord.model.SourceRef;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * OpenTelemetry GenAI spans in OTLP JSON, as the Collector's file exporter writes them ({@code resourceSpans} →
 * {@code scopeSpans} → {@code spans}, one export request per line), and OpenInference spans written as JSON objects.
 * A span with captured messages becomes a generation: the current convention ({@code gen_ai.input.messages} /
 * {@code gen_ai.output.messages} with parts), the older flattened one ({@code gen_ai.prompt.N.*},
 * {@code gen_ai.completion.N.*}) or OpenInference's ({@code llm.input_messages.N.message.*}). Its
 * {@code gen_ai.evaluation.result} events and OpenInference annotations become feedback where they carry a user's
 * verdict (see {@link FeedbackOptions}); the rest are evaluator scores, never thumbs. Feedback on a span that is no
 * generation goes to the generation its {@code gen_ai.response.id} names, else to the last generation of its trace.
 */
public final class OtelAdapter implements TraceAdapter {
    static final String EVALUATION_EVENT = "gen_ai.evaluation.result";
    /** The source of a score read from an OTel evaluation event. */
    static final String EVALUATION_SOURCE = "evaluation";
    private final ObjectMapper mapper = new ObjectMapper();
    private final FeedbackOptions options;
    private final RecentGenerations recent = new RecentGenerations();

    public OtelAdapter(FeedbackOptions options) {
        this.options = options;
    }

    @Override
    public void convert(ObjectNode object, String pointer, SourceRef where, Sink out) throws Exception {
        if (!object.has("resourceSpans")) {
            span(object, pointer, where, out);
            return;
        }
        JsonNode resources = object.get("resourceSpans");
        for (int r = 0; r < resources.size(); r++) {
            JsonNode scopes = resources.get(r).path("scopeSpans");
            for (int s = 0; s < scopes.size(); s++) {
                JsonNode spans = scopes.get(s).path("spans");
                for (int i = 0; i < spans.size(); i++) {
                    span(spans.get(i), pointer + "/resourceSpans/" + r + "/scopeSpans/" + s + "/spans/" + i, where, out);
                }
            }
        }
    }

    private void span(JsonNode span, String field, SourceRef where, Sink out) throws Exception {
        try {
            OtlpAttributes a = OtlpAttributes.of(span.get("attributes"), field + "/attributes");
            JsonNode context = span.path("context");
            String trace = Nodes.text(span.has("traceId") ? span.get("traceId") : context.get("trace_id"), field + "/traceId");
            String spanId = Nodes.text(span.has("spanId") ? span.get("spanId") : context.get("span_id"), field + "/spanId");
            Instant ts = Nodes.instant(span.has("startTimeUnixNano") ? span.get("startTimeUnixNano") : span.get("start_time"),
                    field + "/startTimeUnixNano");
            String generation = generation(a, trace, spanId, ts, where, out);
            if (generation == null) {
                out.skipped();
            }
            String target = generation != null ? generation
                    : firstNonNull(a.text("gen_ai.response.id"), recent.last(trace));
            annotations(a, target, ts, where, out);
            events(span.path("events"), field + "/events", target, ts, where, out);
        } catch (LineRejectedException e) {
            out.rejected(e);
        }
    }

    /** The span's generation, sent to the sink; its id, or null if the span holds no captured conversation. */
    private String generation(OtlpAttributes a, String trace, String spanId, Instant ts, SourceRef where, Sink out)
            throws Exception {
        List<SourceMessage> prompt;
        SourceMessage answer;
        if (a.get("gen_ai.input.messages") != null || a.get("gen_ai.output.messages") != null) {
            prompt = new ArrayList<>(instructions(a));
            prompt.addAll(ChatShapes.messages(a.json("gen_ai.input.messages", mapper), a.pointer("gen_ai.input.messages")));
            answer = ChatShapes.answer(a.json("gen_ai.output.messages", mapper), a.pointer("gen_ai.output.messages"));
        } else if (!a.group("gen_ai.prompt").isEmpty() || !a.group("gen_ai.completion").isEmpty()) {
            prompt = flatMessages(a.group("gen_ai.prompt"), "", a.pointer("gen_ai.prompt"));
            answer = first(flatMessages(a.group("gen_ai.completion"), "", a.pointer("gen_ai.completion")));
        } else if (!a.group("llm.input_messages").isEmpty() || !a.group("llm.output_messages").isEmpty()) {
            prompt = flatMessages(a.group("llm.input_messages"), "message.", a.pointer("llm.input_messages"));
            answer = first(flatMessages(a.group("llm.output_messages"), "message.", a.pointer("llm.output_messages")));
        } else {
            return null;
        }
        String id = a.text("gen_ai.response.id");
        if (id == null) {
            id = spanId;
        }
        if (id == null) {
            throw new LineRejectedException(a.pointer("gen_ai.response.id"), "missing (and the span has no spanId)");
        }
        String session = firstNonNull(a.text("gen_ai.conversation.id"), a.text("session.id"), trace);
        String model = firstNonNull(a.text("gen_ai.request.model"), a.text("gen_ai.response.model"), a.text("llm.model_name"));
        String tools = ToolDefinitions.of(a.json("gen_ai.tool.definitions", mapper), a.pointer("gen_ai.tool.definitions"));
        out.event(Events.generation(id, session, ts, model, prompt, answer, tools, where));
        recent.seen(trace, id);
        return id;
    }

    private List<SourceMessage> instructions(OtlpAttributes a) throws LineRejectedException {
        JsonNode system = a.json("gen_ai.system_instructions", mapper);
        if (!Nodes.present(system)) {
            return List.of();
        }
        String field = a.pointer("gen_ai.system_instructions");
        String text = system.isTextual() ? Nodes.text(system, field) : ChatShapes.content(system, field, new ArrayList<>());
        return List.of(SourceMessage.of("system", text));
    }

    private static SourceMessage first(List<SourceMessage> answers) {
        return answers.isEmpty() ? SourceMessage.of("assistant", "") : answers.get(0);
    }

    /** Messages flattened into attributes: {@code [prefix]role}, {@code [prefix]content}, tool calls, parts. */
    private static List<SourceMessage> flatMessages(TreeMap<Integer, Map<String, JsonNode>> items, String prefix,
                                                    String field) throws LineRejectedException {
        List<SourceMessage> out = new ArrayList<>(items.size());
        for (Map.Entry<Integer, Map<String, JsonNode>> e : items.entrySet()) {
            Map<String, JsonNode> m = e.getValue();
            String f = field + "/" + e.getKey() + "/" + prefix;
            String role = ChatShapes.role(Nodes.text(m.get(prefix + "role"), f + "role"), f + "role");
            String text = Nodes.text(m.get(prefix + "content"), f + "content");
            if (text == null) {
                StringBuilder b = new StringBuilder();
                for (int i = 0; m.containsKey(prefix + "contents." + i + ".message_content.type")
                        || m.containsKey(prefix + "contents." + i + ".message_content.text"); i++) {
                    String part = Nodes.text(m.get(prefix + "contents." + i + ".message_content.text"), f + "contents");
                    if (part != null) {
                        b.append(b.isEmpty() ? "" : "\n\n").append(part);
                    }
                }
                text = b.toString();
            }
            out.add(new SourceMessage(role, text, flatToolCalls(m, prefix, f), Nodes.text(m.get(prefix + "tool_call_id"),
                    f + "tool_call_id"), Nodes.text(m.get(prefix + "name"), f + "name"), List.of()));
        }
        return out;
    }

    private static List<SourceMessage.ToolCall> flatToolCalls(Map<String, JsonNode> m, String prefix, String field)
            throws LineRejectedException {
        List<SourceMessage.ToolCall> calls = new ArrayList<>();
        String oi = prefix + "tool_calls.";
        for (int i = 0; i < 1_000; i++) {
            String base = oi + i + ".";
            String name = firstNonNull(Nodes.text(m.get(base + "tool_call.function.name"), field + "tool_calls"),
                    Nodes.text(m.get(base + "name"), field + "tool_calls"));
            if (name == null) {
                break;
            }
            calls.add(new SourceMessage.ToolCall(firstNonNull(Nodes.text(m.get(base + "tool_call.id"), field + "tool_calls"),
                    Nodes.text(m.get(base + "id"), field + "tool_calls")), name,
                    firstNonNull(Nodes.text(m.get(base + "tool_call.function.arguments"), field + "tool_calls"),
                            Nodes.text(m.get(base + "arguments"), field + "tool_calls"))));
        }
        return calls;
    }

    /** OpenInference annotations and evaluations: a person's verdict is feedback, a model's or code's is not. */
    private void annotations(OtlpAttributes a, String target, Instant ts, SourceRef where, Sink out) throws Exception {
        for (String kind : new String[] {"annotation", "evaluation"}) {
            for (Map.Entry<Integer, Map<String, JsonNode>> e : a.group(kind + "s").entrySet()) {
                Map<String, JsonNode> m = e.getValue();
                String f = a.pointer(kind + "s") + "/" + e.getKey() + "/" + kind + ".";
                String name = Nodes.text(m.get(kind + ".name"), f + "name");
                String annotator = Nodes.text(m.get(kind + ".annotator_kind"), f + "annotator_kind");
                if (target == null) {
                    throw new LineRejectedException(f + "name", "annotates a span of a trace with no generation before it");
                }
                boolean human = "HUMAN".equalsIgnoreCase(annotator);
                String label = Nodes.text(m.get(kind + ".label"), f + "label");
                Double score = Nodes.number(m.get(kind + ".score"), f + "score");
                String correction = metadataCorrection(m.get(kind + ".metadata"), f + "metadata");
                var rating = FeedbackOptions.rating(label);
                if (rating == null && options.isUserVerdict(name) && score != null) {
                    rating = options.rating(score);
                }
                if (human && (rating != null || correction != null)) {
                    out.event(Events.feedback(target, ts, rating, correction,
                            Nodes.text(m.get(kind + ".explanation"), f + "explanation"), where));
                } else {
                    out.evaluatorScore(new EvaluatorScore(target, name == null ? kind : name, score, label, annotator,
                            Nodes.text(m.get(kind + ".explanation"), f + "explanation"), ts));
                }
            }
        }
    }

    private String metadataCorrection(JsonNode metadata, String field) throws LineRejectedException {
        if (!Nodes.present(metadata)) {
            return null;
        }
        JsonNode m = metadata;
        if (metadata.isTextual()) {
            try {
                m = mapper.readTree(metadata.asText());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new LineRejectedException(field, "must be a JSON object");
            }
        }
        return ChatShapes.correction(m.get("correction"), field + "/correction");
    }

    private void events(JsonNode events, String field, String target, Instant spanTs, SourceRef where, Sink out)
            throws Exception {
        for (int i = 0; i < events.size(); i++) {
            JsonNode ev = events.get(i);
            String name = ev.path("name").asText();
            if (!name.equals(EVALUATION_EVENT) && !name.equals("gen_ai.evaluation.user_feedback")) {
                continue;
            }
            String f = field + "/" + i;
            try {
                OtlpAttributes a = OtlpAttributes.of(ev.get("attributes"), f + "/attributes");
                String generation = firstNonNull(a.text("gen_ai.response.id"), target);
                if (generation == null) {
                    throw new LineRejectedException(a.pointer("gen_ai.response.id"),
                            "missing, and the span is no generation and follows none in its trace");
                }
                String evaluation = name.equals(EVALUATION_EVENT) ? a.text("gen_ai.evaluation.name") : "user_feedback";
                Double score = firstNonNull(a.number("gen_ai.evaluation.score.value"), a.number("gen_ai.evaluation.score"));
                var rating = options.verdict(a.text("gen_ai.evaluation.score.label"), score);
                Instant ts = Nodes.present(ev.get("timeUnixNano")) ? Nodes.instant(ev.get("timeUnixNano"), f + "/timeUnixNano")
                        : spanTs;
                if (!options.isUserVerdict(evaluation) || rating == null) {
                    out.evaluatorScore(new EvaluatorScore(generation, evaluation == null ? name : evaluation, score,
                            a.text("gen_ai.evaluation.score.label"), EVALUATION_SOURCE,
                            a.text("gen_ai.evaluation.explanation"), ts));
                    continue;
                }
                out.event(Events.feedback(generation, ts, rating, null, a.text("gen_ai.evaluation.explanation"), where));
            } catch (LineRejectedException e) {
                out.rejected(e);
            }
        }
    }

    @SafeVarargs
    static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
