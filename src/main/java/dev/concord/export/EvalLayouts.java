package dev.concord.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concord.curate.Example;
import dev.concord.curate.ExampleFile;
import dev.concord.curate.ExportPolicy.EvalLayout;
import dev.concord.model.EvaluatorScore;
import dev.concord.model.Message;
import dev.concord.model.PromptText;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The eval cases (golden and regression rows) again, in the layouts eval tools read as they are (see
 * {@code docs/export.md}, which cites each tool's documentation):
 * <ul>
 *   <li>promptfoo: {@code eval/promptfoo/tests.jsonl}, one test case per line ({@code description}, {@code vars},
 *       {@code assert}, {@code metadata}), and {@code eval/promptfoo/promptfooconfig.yaml} whose prompt is the
 *       {@code messages} variable;</li>
 *   <li>Inspect AI: {@code eval/inspect/dataset.jsonl}, one sample per line ({@code id}, {@code input} as chat
 *       messages, {@code target}, {@code metadata});</li>
 *   <li>OpenAI Evals: {@code eval/openai-evals/items.jsonl}, {@code {"item": {...}}} rows of a JSONL data source, and
 *       {@code eval/openai-evals/eval.json}, the item schema and testing criteria they are meant for.</li>
 * </ul>
 */
final class EvalLayouts {
    static final String PROMPTFOO_TESTS = "eval/promptfoo/tests.jsonl";
    static final String PROMPTFOO_CONFIG = "eval/promptfoo/promptfooconfig.yaml";
    static final String INSPECT = "eval/inspect/dataset.jsonl";
    static final String OPENAI_ITEMS = "eval/openai-evals/items.jsonl";
    static final String OPENAI_EVAL = "eval/openai-evals/eval.json";
    /** Every file an eval layout may write. */
    static final List<String> PATHS = List.of(PROMPTFOO_TESTS, PROMPTFOO_CONFIG, INSPECT, OPENAI_ITEMS, OPENAI_EVAL);
    /** promptfoo {@code similar} passes at or above this cosine similarity to the expected answer. */
    static final double SIMILAR = 0.8;
    /** promptfoo {@code not-similar} fails a regression case at or above this similarity to the bad answer. */
    static final double NOT_SIMILAR = 0.9;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonlFile promptfoo;
    private final JsonlFile inspect;
    private final JsonlFile openAi;

    /** Opens the files of the chosen layouts through {@code open} (which lists them for the manifest). */
    EvalLayouts(Set<EvalLayout> layouts, Opener open) throws IOException {
        promptfoo = layouts.contains(EvalLayout.PROMPTFOO) ? open.open(PROMPTFOO_TESTS) : null;
        inspect = layouts.contains(EvalLayout.INSPECT) ? open.open(INSPECT) : null;
        openAi = layouts.contains(EvalLayout.OPENAI_EVALS) ? open.open(OPENAI_ITEMS) : null;
    }

    /** Opens one JSONL file of the export. */
    interface Opener {
        JsonlFile open(String path) throws IOException;
    }

    /** Writes an eval row (golden or regression) in every chosen layout, with its generation's evaluator scores. */
    void write(Example e, List<EvaluatorScore> scores) throws IOException {
        if (promptfoo != null) {
            promptfoo(promptfoo.gen(), e, scores);
            promptfoo.endRow();
        }
        if (inspect != null) {
            InspectMessages.sample(inspect.gen(), e, regression(e), scores);
            inspect.endRow();
        }
        if (openAi != null) {
            openAiItem(openAi.gen(), e);
            openAi.endRow();
        }
    }

    /** Writes the static files of the chosen layouts and adds them to {@code files}. */
    void finish(Path root, Map<String, ExportWriter.FileSummary> files) throws IOException {
        if (promptfoo != null) {
            files.put(PROMPTFOO_CONFIG, TextFile.write(root, PROMPTFOO_CONFIG, EvalConfigs.promptfooConfig()));
        }
        if (openAi != null) {
            files.put(OPENAI_EVAL, TextFile.write(root, OPENAI_EVAL, EvalConfigs.openAiEval()));
        }
    }

    private static boolean regression(Example e) {
        return e.file() == ExampleFile.REGRESSION;
    }

    private static void promptfoo(JsonGenerator g, Example e, List<EvaluatorScore> scores) throws IOException {
        g.writeStartObject();
        g.writeStringField("description", e.id());
        g.writeObjectFieldStart("vars");
        g.writeStringField("messages", chatText(e.prompt()));
        g.writeStringField("question", PromptText.lastUserMessage(e.prompt()));
        g.writeStringField("expected", e.answer());
        if (regression(e)) {
            g.writeStringField("bad_answer", e.rejected());
        }
        if (e.tools() != null) {
            g.writeStringField("tools", e.tools());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("assert");
        assertion(g, "similar", "{{expected}}", SIMILAR);
        if (regression(e)) {
            assertion(g, "not-similar", "{{bad_answer}}", NOT_SIMILAR);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("metadata");
        tags(g, e);
        ScoreJson.write(g, scores);
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void assertion(JsonGenerator g, String type, String value, double threshold) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", type);
        g.writeStringField("value", value);
        g.writeNumberField("threshold", threshold);
        g.writeEndObject();
    }

    private static void openAiItem(JsonGenerator g, Example e) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("item");
        g.writeStringField("id", e.id());
        g.writeStringField("kind", e.file().code());
        g.writeArrayFieldStart("input");
        ChatJson.messages(g, e.prompt());
        g.writeEndArray();
        g.writeStringField("question", PromptText.lastUserMessage(e.prompt()));
        g.writeStringField("expected", e.answer());
        g.writeStringField("bad_answer", regression(e) ? e.rejected() : "");
        g.writeStringField("label", e.label());
        g.writeEndObject();
        g.writeEndObject();
    }

    /** id, kind, origin, label and signals: the row's tags in every layout's metadata. */
    static void tags(JsonGenerator g, Example e) throws IOException {
        g.writeStringField("concord_id", e.id());
        g.writeStringField("kind", e.file().code());
        g.writeStringField("origin", e.origin().code());
        g.writeStringField("label", e.label());
        g.writeArrayFieldStart("signals");
        for (String s : e.signals()) {
            g.writeString(s);
        }
        g.writeEndArray();
    }

    /** The prompt as a JSON array text of chat messages: what a promptfoo chat prompt renders to. */
    private static String chatText(List<Message> prompt) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.writeStartArray();
            ChatJson.messages(g, prompt);
            g.writeEndArray();
        }
        return out.toString();
    }
}
