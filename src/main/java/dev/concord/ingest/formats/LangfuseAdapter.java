package dev.concord.ingest.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.concord.ingest.LineRejectedException;
import dev.concord.model.EvaluatorScore;
import dev.concord.model.Rating;
import dev.concord.model.SourceRef;

import java.time.Instant;
import java.util.Locale;

/**
 * Langfuse exports: trace objects as the public API returns them ({@code GET /api/public/traces/{id}}: the trace with
 * its {@code observations} and {@code scores} nested), and also bare observations and bare scores (the observations
 * and scores APIs), one per JSONL line or as elements of a JSON array. GENERATION observations become generations
 * (session: the trace's {@code sessionId}, else the trace id); scores become feedback where they are a user's verdict
 * (see {@link FeedbackOptions}) and are not from an evaluator ({@code source: EVAL}); a correction recorded with a
 * score ({@code metadata.correction}, or a score of data type {@code CORRECTION} or named {@code correction}) is the
 * correction. A trace with no GENERATION observation but an input and output is itself the generation.
 */
public final class LangfuseAdapter implements TraceAdapter {
    private final FeedbackOptions options;
    private final RecentGenerations recent = new RecentGenerations();

    public LangfuseAdapter(FeedbackOptions options) {
        this.options = options;
    }

    @Override
    public void convert(ObjectNode object, String pointer, SourceRef where, Sink out) throws Exception {
        if (object.has("observations") || object.has("htmlPath") || object.has("sessionId") && !object.has("traceId")) {
            trace(object, pointer, where, out);
        } else if (object.has("traceId") && object.has("type") && !object.has("dataType")) {
            try {
                observation(object, pointer, Nodes.text(object.get("traceId"), pointer + "/traceId"), null, where, out);
            } catch (LineRejectedException e) {
                out.rejected(e);
            }
        } else if (object.has("traceId") && object.has("name")) {
            score(object, pointer, null, where, out);
        } else {
            throw new LineRejectedException(pointer.isEmpty() ? null : pointer,
                    "neither a Langfuse trace, observation nor score (no observations, traceId or name)");
        }
    }

    private void trace(ObjectNode t, String pointer, SourceRef where, Sink out) throws Exception {
        String traceId = Nodes.required(t.get("id"), pointer + "/id");
        String session = Nodes.text(t.get("sessionId"), pointer + "/sessionId");
        String last = null;
        JsonNode observations = t.path("observations");
        for (int i = 0; i < observations.size(); i++) {
            JsonNode o = observations.get(i);
            if (!o.isObject()) {
                continue;
            }
            try {
                String id = observation(o, pointer + "/observations/" + i, traceId, session, where, out);
                last = id != null ? id : last;
            } catch (LineRejectedException e) {
                out.rejected(e);
            }
        }
        if (last == null && Nodes.present(t.get("input")) && Nodes.present(t.get("output"))) {
            try {
                out.event(Events.generation(traceId, session, Nodes.instant(t.get("timestamp"), pointer + "/timestamp"),
                        null, ChatShapes.messages(t.get("input"), pointer + "/input"),
                        ChatShapes.answer(t.get("output"), pointer + "/output"), where));
                last = traceId;
                recent.seen(traceId, traceId);
            } catch (LineRejectedException e) {
                out.rejected(e);
            }
        }
        JsonNode scores = t.path("scores");
        for (int i = 0; i < scores.size(); i++) {
            if (scores.get(i).isObject()) {
                score(scores.get(i), pointer + "/scores/" + i, last, where, out);
            }
        }
    }

    /**
     * The functions offered to the model: {@code input.tools} (the OpenAI integration sends {@code {"tools",
     * "messages"}} as input), else the older {@code input.functions}, else {@code modelParameters.tools}.
     */
    private static String tools(JsonNode o, String field) throws LineRejectedException {
        for (String key : new String[] {"tools", "functions"}) {
            if (Nodes.present(o.path("input").get(key))) {
                return ToolDefinitions.of(o.path("input").get(key), field + "/input/" + key);
            }
        }
        return ToolDefinitions.of(o.path("modelParameters").get("tools"), field + "/modelParameters/tools");
    }

    /** A GENERATION observation as a generation; its id, or null for other observation types. */
    private String observation(JsonNode o, String field, String traceId, String session, SourceRef where, Sink out)
            throws Exception {
        String type = Nodes.text(o.get("type"), field + "/type");
        if (!"GENERATION".equalsIgnoreCase(type)) {
            out.skipped();
            return null;
        }
        String id = Nodes.required(o.get("id"), field + "/id");
        String trace = traceId != null ? traceId : Nodes.text(o.get("traceId"), field + "/traceId");
        Instant ts = Nodes.instant(o.has("startTime") ? o.get("startTime") : o.get("timestamp"), field + "/startTime");
        out.event(Events.generation(id, session != null ? session : trace, ts, Nodes.text(o.get("model"), field + "/model"),
                ChatShapes.messages(o.get("input"), field + "/input"), ChatShapes.answer(o.get("output"), field + "/output"),
                tools(o, field), where));
        recent.seen(trace, id);
        return id;
    }

    private void score(JsonNode s, String field, String traceGeneration, SourceRef where, Sink out) throws Exception {
        try {
            String name = Nodes.required(s.get("name"), field + "/name");
            String trace = Nodes.text(s.get("traceId"), field + "/traceId");
            String target = OtelAdapter.firstNonNull(Nodes.text(s.get("observationId"), field + "/observationId"),
                    traceGeneration, recent.last(trace), trace);
            if (target == null) {
                throw new LineRejectedException(field + "/traceId", "missing (the score names no trace or observation)");
            }
            String source = Nodes.text(s.get("source"), field + "/source");
            if ("EVAL".equalsIgnoreCase(source)) {
                out.evaluatorScore(evaluatorScore(s, field, target, name, source));
                return;
            }
            String dataType = Nodes.text(s.get("dataType"), field + "/dataType");
            JsonNode value = s.get("value");
            String stringValue = Nodes.text(s.get("stringValue"), field + "/stringValue");
            String correction = ChatShapes.correction(s.path("metadata").get("correction"), field + "/metadata/correction");
            boolean isCorrection = "CORRECTION".equalsIgnoreCase(dataType) || "correction".equalsIgnoreCase(name);
            if (isCorrection) {
                correction = OtelAdapter.firstNonNull(stringValue, value != null && value.isTextual()
                        ? Nodes.text(value, field + "/value") : null, correction);
            }
            Rating rating = isCorrection ? Rating.DOWN : null;
            if (!isCorrection && options.isUserVerdict(name)) {
                rating = verdict(dataType, value, stringValue, field);
            }
            if (rating == null && correction == null) {
                out.evaluatorScore(evaluatorScore(s, field, target, name, source));
                return;
            }
            Instant ts = Nodes.instant(s.has("timestamp") ? s.get("timestamp") : s.get("createdAt"), field + "/timestamp");
            out.event(Events.feedback(target, ts, rating, correction, Nodes.text(s.get("comment"), field + "/comment"), where));
        } catch (LineRejectedException e) {
            out.rejected(e);
        }
    }

    private static EvaluatorScore evaluatorScore(JsonNode s, String field, String target, String name, String source)
            throws LineRejectedException {
        return Events.score(target, name, s.get("value"), Nodes.text(s.get("stringValue"), field + "/stringValue"), source,
                Nodes.text(s.get("comment"), field + "/comment"),
                Nodes.instantOrNull(s.has("timestamp") ? s.get("timestamp") : s.get("createdAt"), field + "/timestamp"),
                field + "/value");
    }

    private Rating verdict(String dataType, JsonNode value, String stringValue, String field) throws LineRejectedException {
        String type = dataType == null ? "" : dataType.toUpperCase(Locale.ROOT);
        if (type.equals("CATEGORICAL") || value != null && value.isTextual() && !isNumeric(value.asText())) {
            String label = stringValue != null ? stringValue : Nodes.text(value, field + "/value");
            Rating r = FeedbackOptions.rating(label);
            if (r == null) {
                throw new LineRejectedException(field + "/stringValue", "is no thumbs label (up/down, good/bad, "
                        + "thumbs_up/thumbs_down, true/false)");
            }
            return r;
        }
        Double n = Nodes.number(value, field + "/value");
        if (n == null) {
            throw new LineRejectedException(field + "/value", "missing");
        }
        return type.equals("BOOLEAN") ? (n >= 0.5 ? Rating.UP : Rating.DOWN) : options.rating(n);
    }

    private static boolean isNumeric(String s) {
        try {
            Double.parseDouble(s.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
