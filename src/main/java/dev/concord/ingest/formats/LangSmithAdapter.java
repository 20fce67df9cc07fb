package dev.concord.ingest.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.concord.ingest.LineRejectedException;
import dev.concord.model.EvaluatorScore;
import dev.concord.model.Rating;
import dev.concord.model.SourceRef;

import java.time.Instant;

/**
 * LangSmith run exports: runs as the runs API returns them, and feedback records (the feedback API), one per JSONL
 * line or as elements of a JSON array. An {@code llm} run becomes a generation, its inputs and outputs in the
 * OpenAI-wrapper shape ({@code messages}, {@code choices}) or LangChain's ({@code messages} as serialized messages,
 * {@code generations}). The session is the thread: metadata {@code session_id}, {@code thread_id} or
 * {@code conversation_id}, else the trace; a run's own {@code session_id} names the project, not a conversation.
 * Feedback (key, score or value, comment, correction) becomes user feedback where its key is a user's verdict or it
 * carries a correction, unless a model gave it ({@code feedback_source.type: model}). Feedback on a trace's root run
 * reaches the trace's last LLM run seen before it.
 */
public final class LangSmithAdapter implements TraceAdapter {
    private static final String[] THREAD_KEYS = {"session_id", "thread_id", "conversation_id"};
    private final FeedbackOptions options;
    private final RecentGenerations recent = new RecentGenerations();

    public LangSmithAdapter(FeedbackOptions options) {
        this.options = options;
    }

    @Override
    public void convert(ObjectNode object, String pointer, SourceRef where, Sink out) throws Exception {
        if (object.has("run_type")) {
            run(object, pointer, where, out);
        } else if (object.has("key") && (object.has("run_id") || object.has("trace_id"))) {
            feedback(object, pointer, null, where, out);
        } else {
            throw new LineRejectedException(pointer.isEmpty() ? null : pointer,
                    "neither a LangSmith run nor a feedback record (no run_type, key or run_id)");
        }
    }

    private void run(ObjectNode run, String field, SourceRef where, Sink out) throws Exception {
        String id = Nodes.required(run.get("id"), field + "/id");
        String trace = OtelAdapter.firstNonNull(Nodes.text(run.get("trace_id"), field + "/trace_id"), id);
        String target = null;
        if ("llm".equalsIgnoreCase(run.path("run_type").asText())) {
            try {
                JsonNode metadata = run.path("extra").path("metadata");
                String thread = Nodes.firstText(metadata, field + "/extra/metadata", THREAD_KEYS);
                if (thread == null) {
                    thread = Nodes.firstText(run.path("metadata"), field + "/metadata", THREAD_KEYS);
                }
                String model = OtelAdapter.firstNonNull(Nodes.text(metadata.get("ls_model_name"), field + "/extra/metadata/ls_model_name"),
                        Nodes.text(run.path("inputs").get("model"), field + "/inputs/model"),
                        Nodes.text(run.path("extra").path("invocation_params").get("model"), field + "/extra/invocation_params/model"));
                Instant ts = Nodes.instant(run.get("start_time"), field + "/start_time");
                out.event(Events.generation(id, thread != null ? thread : trace, ts, model,
                        ChatShapes.messages(run.get("inputs"), field + "/inputs"),
                        ChatShapes.answer(run.get("outputs"), field + "/outputs"), tools(run, field), where));
                recent.seen(trace, id);
                target = id;
            } catch (LineRejectedException e) {
                out.rejected(e);
                return;
            }
        } else {
            out.skipped();
            target = recent.last(trace);
        }
        JsonNode feedback = run.path("feedback");
        for (int i = 0; i < feedback.size(); i++) {
            feedback(feedback.get(i), field + "/feedback/" + i, target != null ? target : id, where, out);
        }
    }

    /** The functions offered to the model: {@code extra.invocation_params.tools}, or {@code invocation_params.tools}. */
    private static String tools(JsonNode run, String field) throws LineRejectedException {
        JsonNode extra = run.path("extra").path("invocation_params").get("tools");
        return Nodes.present(extra) ? ToolDefinitions.of(extra, field + "/extra/invocation_params/tools")
                : ToolDefinitions.of(run.path("invocation_params").get("tools"), field + "/invocation_params/tools");
    }

    private void feedback(JsonNode f, String field, String runTarget, SourceRef where, Sink out) throws Exception {
        try {
            String key = Nodes.required(f.get("key"), field + "/key");
            String target = runTarget;
            if (target == null) {
                String run = Nodes.text(f.get("run_id"), field + "/run_id");
                String trace = Nodes.text(f.get("trace_id"), field + "/trace_id");
                target = OtelAdapter.firstNonNull(recent.last(run), run != null ? run : recent.last(trace), trace);
            }
            String source = Nodes.text(f.path("feedback_source").get("type"), field + "/feedback_source/type");
            if ("model".equalsIgnoreCase(source)) {
                out.evaluatorScore(evaluatorScore(f, field, target, key, source));
                return;
            }
            String correction = ChatShapes.correction(f.get("correction"), field + "/correction");
            Rating rating = null;
            if (options.isUserVerdict(key)) {
                String label = f.path("value").isTextual() ? Nodes.text(f.get("value"), field + "/value") : null;
                rating = options.verdict(label, Nodes.number(f.get("score"), field + "/score"));
            }
            if (rating == null && correction == null) {
                out.evaluatorScore(evaluatorScore(f, field, target, key, source));
                return;
            }
            Instant ts = Nodes.instant(f.has("created_at") ? f.get("created_at") : f.get("modified_at"), field + "/created_at");
            out.event(Events.feedback(target, ts, rating, correction, Nodes.text(f.get("comment"), field + "/comment"), where));
        } catch (LineRejectedException e) {
            out.rejected(e);
        }
    }

    /** A feedback record that is no user's verdict: its score (a number or boolean) and its value (a text). */
    private static EvaluatorScore evaluatorScore(JsonNode f, String field, String target, String key, String source)
            throws LineRejectedException {
        JsonNode value = f.get("value");
        String label = Nodes.present(value) && value.isValueNode() ? Nodes.text(value, field + "/value") : null;
        JsonNode score = f.get("score");
        return Events.score(target, key, Nodes.present(score) ? score : null, label, source,
                Nodes.text(f.get("comment"), field + "/comment"),
                Nodes.instantOrNull(f.has("created_at") ? f.get("created_at") : f.get("modified_at"), field + "/created_at"),
                field + "/score");
    }
}
