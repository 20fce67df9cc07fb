package dev.concord.service;

import dev.concord.testing.TestDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import dev.concord.curate.ExportPolicy;
import dev.concord.curate.PromptKey;
import dev.concord.export.LayoutCheck;
import dev.concord.model.Message;
import dev.concord.model.ProgressListener;
import dev.concord.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled sample data, exported in both DPO layouts: every row fits its layout and no prompt leaks. */
class SampleExportTest {
    @TempDir
    Path dir;

    static List<Message> messages(JsonNode array) {
        List<Message> out = new ArrayList<>();
        array.forEach(m -> out.add(new Message(m.get("role").asText(), m.get("content").asText())));
        return out;
    }

    static Set<String> prompts(List<JsonNode> rows, String field, boolean dropLast) {
        Set<String> out = new HashSet<>();
        for (JsonNode r : rows) {
            JsonNode node = field.equals("input") ? r.get("input").get("messages") : r.get(field);
            List<Message> m = messages(node);
            out.add(PromptKey.normalized(dropLast ? m.subList(0, m.size() - 1) : m));
        }
        return out;
    }

    @Test
    void everyRowFitsItsLayoutAndNoEvalPromptIsInTraining() throws Exception {
        Database db = TestDatabases.open(dir.resolve("c.db"));
        List<Path> logs;
        try (Stream<Path> s = Files.list(Path.of("sample-data"))) {
            logs = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        new ImportService(db).ingest(logs, ProgressListener.NONE);
        ExportService service = new ExportService(db);
        for (ExportPolicy.DpoLayout layout : ExportPolicy.DpoLayout.values()) {
            Path out = dir.resolve("out-" + layout.code());
            ExportReport r = service.export(ExportPolicy.defaults().with(layout), out, x -> { }, ProgressListener.NONE);
            assertThat(r.tally().totalRows()).isGreaterThan(1000);
            List<JsonNode> golden = LayoutCheck.read(out.resolve("eval/golden.jsonl"));
            List<JsonNode> regression = LayoutCheck.read(out.resolve("eval/regression.jsonl"));
            List<JsonNode> sft = LayoutCheck.read(out.resolve("train/sft.jsonl"));
            List<JsonNode> dpo = LayoutCheck.read(out.resolve("train/dpo.jsonl"));
            List<JsonNode> kto = LayoutCheck.read(out.resolve("train/kto.jsonl"));
            assertThat(golden).isNotEmpty();
            assertThat(sft).isNotEmpty();
            sft.forEach(row -> assertThat(LayoutCheck.problems("openai-sft", row)).as(row.toString()).isEmpty());
            String dpoLayout = layout == ExportPolicy.DpoLayout.OPENAI ? "openai-dpo" : "trl-dpo";
            dpo.forEach(row -> assertThat(LayoutCheck.problems(dpoLayout, row)).as(row.toString()).isEmpty());
            kto.forEach(row -> assertThat(LayoutCheck.problems("trl-kto", row)).as(row.toString()).isEmpty());

            Set<String> eval = new HashSet<>(prompts(golden, "prompt", false));
            eval.addAll(prompts(regression, "prompt", false));
            Set<String> train = new HashSet<>(prompts(sft, "messages", true));
            train.addAll(prompts(dpo, layout == ExportPolicy.DpoLayout.OPENAI ? "input" : "prompt", false));
            train.addAll(prompts(kto, "prompt", false));
            assertThat(train).doesNotContainAnyElementsOf(eval);
            assertThat(prompts(sft, "messages", true)).as("one SFT row per normalized prompt").hasSize(sft.size());
        }
    }
}
