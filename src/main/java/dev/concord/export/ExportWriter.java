package dev.concord.export;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.concord.curate.Example;
import dev.concord.curate.ExampleFile;
import dev.concord.curate.ExportPolicy.DpoLayout;
import dev.concord.curate.ExportPolicy.EvalLayout;
import dev.concord.curate.Provenance;
import dev.concord.model.EvaluatorScore;
import dev.concord.model.Message;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes kept rows into the export's files in their layouts (see {@code docs/export.md}). Keys are written in a
 * fixed order and numbers in a fixed form, so the same rows always give the same bytes.
 * <ul>
 *   <li>eval files: Concord's own layout with id, origin, signals, label, prompt, answers, held_out and provenance;</li>
 *   <li>{@code train/sft.jsonl}: exactly {@code {"messages":[...]}} (read by OpenAI and TRL); its metadata (id,
 *       origin, label, signals, weight) goes line by line into {@code train/sft.meta.jsonl};</li>
 *   <li>{@code train/dpo.jsonl}: TRL conversational preference plus {@code weight} and {@code concord} columns, or
 *       OpenAI's preference layout with nothing extra and a {@code train/dpo.meta.jsonl} beside it;</li>
 *   <li>{@code train/kto.jsonl}: TRL conversational unpaired preference plus {@code weight} and {@code concord}.</li>
 * </ul>
 * Messages keep their tool calls ({@link ChatJson}); a row whose prompt offered tools has a {@code tools} column
 * ({@code input.tools} in OpenAI's preference layout).
 */
public final class ExportWriter implements RowSink, AutoCloseable {
    public static final String SFT_META = "train/sft.meta.jsonl";
    public static final String DPO_META = "train/dpo.meta.jsonl";

    private final Path root;
    private final DpoLayout dpoLayout;
    private final EvalLayouts layouts;
    private final Map<ExampleFile, JsonlFile> files = new EnumMap<>(ExampleFile.class);
    private final JsonlFile sftMeta;
    private final JsonlFile dpoMeta;
    private final List<JsonlFile> all = new ArrayList<>();
    private final Map<String, Long> withTools = new java.util.HashMap<>();
    private final ScoreJson.Lookup scores;

    public ExportWriter(Path root, DpoLayout dpoLayout) throws IOException {
        this(root, dpoLayout, Set.of());
    }

    /** As {@link #ExportWriter(Path, DpoLayout)}, writing the eval rows again in the given layouts ({@link EvalLayouts}). */
    public ExportWriter(Path root, DpoLayout dpoLayout, Set<EvalLayout> evalLayouts) throws IOException {
        this(root, dpoLayout, evalLayouts, ScoreJson.Lookup.NONE::of);
    }

    /**
     * As {@link #ExportWriter(Path, DpoLayout, Set)}; the eval rows carry the evaluator scores of their generation
     * ({@code scores}: generation id to its scores) as metadata ({@link ScoreJson}).
     */
    public ExportWriter(Path root, DpoLayout dpoLayout, Set<EvalLayout> evalLayouts,
                        Function<String, List<EvaluatorScore>> scores) throws IOException {
        this.scores = scores::apply;
        this.root = root;
        this.dpoLayout = dpoLayout;
        for (ExampleFile f : ExampleFile.values()) {
            files.put(f, open(root, f.path()));
        }
        sftMeta = open(root, SFT_META);
        dpoMeta = dpoLayout == DpoLayout.OPENAI ? open(root, DPO_META) : null;
        layouts = new EvalLayouts(evalLayouts, path -> open(root, path));
    }

    private JsonlFile open(Path root, String path) throws IOException {
        JsonlFile f = new JsonlFile(root, path);
        all.add(f);
        return f;
    }

    @Override
    public void write(Example e, double weight) throws IOException {
        JsonlFile file = files.get(e.file());
        if (e.hasTools()) {
            withTools.merge(e.file().path(), 1L, Long::sum);
        }
        JsonGenerator g = file.gen();
        g.writeStartObject();
        switch (e.file()) {
            case GOLDEN, REGRESSION -> {
                List<EvaluatorScore> judged = e.generation() == null ? List.of() : scores.of(e.generation());
                if (e.file() == ExampleFile.GOLDEN) {
                    eval(g, e, "answer", e.answer(), null, null);
                } else {
                    eval(g, e, "bad_answer", e.rejected(), "expected", e.answer());
                }
                ScoreJson.write(g, judged);
                layouts.write(e, judged);
            }
            case SFT -> {
                g.writeArrayFieldStart("messages");
                messages(g, e.prompt());
                ChatJson.message(g, e.answerMessage());
                g.writeEndArray();
                ChatJson.tools(g, e.tools());
                meta(sftMeta, file.rows(), e, weight);
            }
            case DPO -> {
                if (dpoLayout == DpoLayout.OPENAI) {
                    g.writeObjectFieldStart("input");
                    g.writeArrayFieldStart("messages");
                    messages(g, e.prompt());
                    g.writeEndArray();
                    ChatJson.tools(g, e.tools());
                    g.writeEndObject();
                    assistant(g, "preferred_output", e.answerMessage());
                    assistant(g, "non_preferred_output", e.rejected());
                    meta(dpoMeta, file.rows(), e, weight);
                } else {
                    prompt(g, e.prompt());
                    assistant(g, "chosen", e.answerMessage());
                    assistant(g, "rejected", e.rejected());
                    ChatJson.tools(g, e.tools());
                    extras(g, e, weight);
                }
            }
            case KTO -> {
                prompt(g, e.prompt());
                assistant(g, "completion", e.answerMessage());
                g.writeBooleanField("label", e.ktoLabel());
                ChatJson.tools(g, e.tools());
                extras(g, e, weight);
            }
        }
        g.writeEndObject();
        file.endRow();
    }

    private static void eval(JsonGenerator g, Example e, String firstKey, String first, String secondKey, String second)
            throws IOException {
        g.writeStringField("id", e.id());
        g.writeStringField("origin", e.origin().code());
        strings(g, "signals", e.signals());
        g.writeStringField("label", e.label());
        prompt(g, e.prompt());
        ChatJson.tools(g, e.tools());
        g.writeStringField(firstKey, first);
        if (secondKey != null) {
            g.writeStringField(secondKey, second);
        }
        g.writeBooleanField("held_out", e.origin() == dev.concord.curate.Origin.REVIEWED);
        Provenance p = e.provenance();
        g.writeObjectFieldStart("provenance");
        g.writeStringField("source", e.source());
        strings(g, "reviewers", p.reviewers());
        number(g, "agreement", p.agreement());
        g.writeStringField("lead", p.lead());
        number(g, "correction_similarity", p.correctionSimilarity());
        g.writeEndObject();
    }

    private static void extras(JsonGenerator g, Example e, double weight) throws IOException {
        g.writeNumberField("weight", weight);
        g.writeObjectFieldStart("concord");
        tags(g, e);
        g.writeEndObject();
    }

    private static void meta(JsonlFile meta, long line, Example e, double weight) throws IOException {
        JsonGenerator m = meta.gen();
        m.writeStartObject();
        m.writeNumberField("line", line + 1);
        tags(m, e);
        m.writeNumberField("weight", weight);
        m.writeEndObject();
        meta.endRow();
    }

    private static void tags(JsonGenerator g, Example e) throws IOException {
        g.writeStringField("id", e.id());
        g.writeStringField("origin", e.origin().code());
        g.writeStringField("label", e.label());
        strings(g, "signals", e.signals());
    }

    private static void prompt(JsonGenerator g, List<Message> prompt) throws IOException {
        g.writeArrayFieldStart("prompt");
        messages(g, prompt);
        g.writeEndArray();
    }

    private static void assistant(JsonGenerator g, String field, String text) throws IOException {
        assistant(g, field, Message.assistant(text));
    }

    /** An assistant turn (with its tool calls, if it makes any) as a one-message list. */
    private static void assistant(JsonGenerator g, String field, Message turn) throws IOException {
        g.writeArrayFieldStart(field);
        ChatJson.message(g, turn);
        g.writeEndArray();
    }

    private static void messages(JsonGenerator g, List<Message> messages) throws IOException {
        ChatJson.messages(g, messages);
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void number(JsonGenerator g, String field, Double v) throws IOException {
        if (v == null) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, Math.round(v * 1e6) / 1e6);
        }
    }

    /** Closes every file and returns path to (rows, sha256), in a fixed order. */
    public Map<String, FileSummary> finish() throws IOException {
        close();
        Map<String, FileSummary> out = new LinkedHashMap<>();
        for (JsonlFile f : all) {
            out.put(f.relativePath(), new FileSummary(f.rows(), f.sha256(),
                    withTools.getOrDefault(f.relativePath(), 0L)));
        }
        layouts.finish(root, out);
        out.put(DatasetCard.PATH, TextFile.write(root, DatasetCard.PATH, DatasetCard.text(out)));
        return out;
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (JsonlFile f : all) {
            try {
                f.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /**
     * Rows and SHA-256 of one written file; rows is {@code -1} for a file that has none (a config, a card).
     *
     * @param toolRows rows whose prompt holds tool calls, tool results or tool definitions
     */
    public record FileSummary(long rows, String sha256, long toolRows) {
        public FileSummary(long rows, String sha256) {
            this(rows, sha256, 0);
        }
    }
}
