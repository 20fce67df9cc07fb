package dev.concord.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concord.export.LayoutCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** concord export --eval-layout: the eval cases again in promptfoo's, Inspect AI's and OpenAI Evals' layouts. */
class EvalLayoutExportTest {
    @TempDir
    Path dir;

    private Path export(String... layouts) throws Exception {
        String db = dir.resolve("c.db").toString();
        if (!Files.exists(dir.resolve("c.db"))) {
            assertThat(CliTest.run("ingest", AgentExportTest.agentLog(dir).toString(), "--db", db).exit()).isZero();
        }
        Path policy = dir.resolve("policy.json");
        Files.writeString(policy, "{\"curation\": {\"automatic_eval_share\": 1}}");
        Path out = dir.resolve("export");
        String[] args = new String[6 + 2 * layouts.length];
        System.arraycopy(new String[] {"export", "--db", db, "--out", out.toString(), "--policy=" + policy}, 0, args, 0, 6);
        for (int i = 0; i < layouts.length; i++) {
            args[6 + 2 * i] = "--eval-layout";
            args[7 + 2 * i] = layouts[i];
        }
        CliTest.Run run = CliTest.run(args);
        assertThat(run.exit()).as(run.err()).isZero();
        for (String l : layouts) {
            if (!l.equals("concord")) {
                assertThat(run.out()).contains("eval layout " + l).contains("2 cases in eval/" + l + "/");
            }
        }
        return out;
    }

    @Test
    void promptfooCasesPassTheConversationAsAVariableAndAssertByEmbeddingSimilarity() throws Exception {
        Path out = export("promptfoo");
        List<JsonNode> tests = LayoutCheck.read(out.resolve("eval/promptfoo/tests.jsonl"));
        assertThat(tests).hasSize(2);
        JsonNode golden = tests.stream().filter(t -> t.get("description").asText().startsWith("golden:")).findFirst().orElseThrow();
        JsonNode messages = LayoutCheck.JSON.readTree(golden.get("vars").get("messages").asText());
        assertThat(messages.get(2).get("tool_calls").get(0).get("function").get("name").asText()).isEqualTo("lookup_order");
        assertThat(golden.get("vars").get("expected").asText()).isEqualTo("Order A-17 has shipped.");
        assertThat(golden.get("assert")).extracting(a -> a.get("type").asText()).containsExactly("similar");
        assertThat(golden.get("assert").get(0).get("value").asText()).isEqualTo("{{expected}}");
        JsonNode regression = tests.stream().filter(t -> t.get("description").asText().startsWith("regression:")).findFirst().orElseThrow();
        assertThat(regression.get("assert")).extracting(a -> a.get("type").asText()).containsExactly("similar", "not-similar");
        assertThat(regression.get("vars").get("expected").asText()).isEqualTo("Order B-22 has shipped.");
        assertThat(regression.get("vars").get("bad_answer").asText()).isEqualTo("I cannot find that order.");
        assertThat(regression.get("metadata").get("kind").asText()).isEqualTo("regression");
        assertThat(Files.readString(out.resolve("eval/promptfoo/promptfooconfig.yaml")))
                .contains("tests: file://tests.jsonl").contains("'{{ messages }}'");
    }

    @Test
    void inspectSamplesHoldChatMessagesWithToolCallArgumentsAsObjects() throws Exception {
        Path out = export("inspect");
        List<JsonNode> samples = LayoutCheck.read(out.resolve("eval/inspect/dataset.jsonl"));
        assertThat(samples).hasSize(2).allSatisfy(s -> {
            assertThat(s.get("id").asText()).matches("(golden|regression):.*");
            assertThat(s.get("input").get(0).get("role").asText()).isEqualTo("system");
            JsonNode call = s.get("input").get(2).get("tool_calls").get(0);
            assertThat(call.get("function").asText()).isEqualTo("lookup_order");
            assertThat(call.get("arguments").isObject()).isTrue();
            assertThat(s.get("input").get(3).get("function").asText()).as("named from its call").isEqualTo("lookup_order");
            assertThat(s.get("target").asText()).isNotBlank();
            assertThat(s.get("metadata").get("tools").isArray()).isTrue();
        });
    }

    @Test
    void openAiEvalsItemsAreWrappedAndTheirCriteriaListed() throws Exception {
        Path out = export("openai-evals", "concord");
        List<JsonNode> items = LayoutCheck.read(out.resolve("eval/openai-evals/items.jsonl"));
        assertThat(items).hasSize(2).allSatisfy(r -> {
            assertThat(r.fieldNames()).toIterable().containsExactly("item");
            assertThat(r.get("item").get("input").isArray()).isTrue();
            assertThat(r.get("item").has("bad_answer")).isTrue();
        });
        JsonNode eval = LayoutCheck.JSON.readTree(out.resolve("eval/openai-evals/eval.json").toFile());
        assertThat(eval.get("create_eval").get("testing_criteria")).extracting(c -> c.get("type").asText())
                .containsExactly("text_similarity", "python");
        JsonNode required = eval.get("create_eval").get("data_source_config").get("item_schema").get("required");
        items.forEach(r -> required.forEach(k -> assertThat(r.get("item").has(k.asText())).as(k.asText()).isTrue()));
    }

    @Test
    void theManifestListsEveryLayoutFileAndTheFolderCanBeExportedAgain() throws Exception {
        Path out = export("promptfoo", "inspect", "openai-evals");
        JsonNode manifest = LayoutCheck.JSON.readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.get("files").fieldNames()).toIterable().contains("eval/promptfoo/tests.jsonl",
                "eval/promptfoo/promptfooconfig.yaml", "eval/inspect/dataset.jsonl", "eval/openai-evals/items.jsonl",
                "eval/openai-evals/eval.json");
        assertThat(manifest.get("files").get("eval/inspect/dataset.jsonl").get("rows").asLong()).isEqualTo(2);
        assertThat(manifest.get("policy").get("output").get("eval_layouts")).extracting(JsonNode::asText)
                .containsExactly("concord", "promptfoo", "inspect", "openai-evals");

        export("inspect");
        assertThat(out.resolve("eval/promptfoo")).doesNotExist();
        assertThat(out.resolve("eval/inspect/dataset.jsonl")).exists();
    }

    @Test
    void anUnknownLayoutIsRefusedByName() throws Exception {
        String db = dir.resolve("c.db").toString();
        CliTest.Run run = CliTest.run("export", "--db", db, "--preview", "--eval-layout", "deepeval");
        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("unknown eval layout 'deepeval'");
    }
}
