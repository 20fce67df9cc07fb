package dev.concord.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.concord.export.LayoutCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Agent sessions with tool calls, from Concord's own JSONL through ingest to every training layout. */
class AgentExportTest {
    static final String TOOLS = "[{\"type\":\"function\",\"function\":{\"name\":\"lookup_order\",\"description\":\"Find an order\","
            + "\"parameters\":{\"type\":\"object\",\"properties\":{\"order\":{\"type\":\"string\"}},\"required\":[\"order\"]}}}]";

    @TempDir
    Path dir;

    /** One agent turn: user question, a tool call, its result; the generation answers after the result. */
    static String agentTurn(String id, String order, String answer) {
        return "{\"type\":\"generation\",\"id\":\"" + id + "\",\"session\":\"s-" + id + "\",\"ts\":\"2026-11-20T10:00:00Z\","
                + "\"model\":\"agent-v3\",\"prompt\":[{\"role\":\"system\",\"content\":\"You are the order desk.\"},"
                + "{\"role\":\"user\",\"content\":\"Where is order " + order + "? Mail me at ann.lee@example.com\"},"
                + "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"call_" + id + "\",\"type\":\"function\","
                + "\"function\":{\"name\":\"lookup_order\",\"arguments\":\"{\\\"order\\\":\\\"" + order + "\\\"}\"}}]},"
                + "{\"role\":\"tool\",\"tool_call_id\":\"call_" + id + "\",\"content\":\"{\\\"status\\\":\\\"shipped\\\"}\"}],"
                + "\"tools\":" + TOOLS + ",\"output\":\"" + answer + "\"}\n";
    }

    static Path agentLog(Path dir) throws Exception {
        return Files.writeString(dir.resolve("agent.jsonl"), agentTurn("a1", "A-17", "Order A-17 has shipped.")
                + "{\"type\":\"feedback\",\"generation\":\"a1\",\"ts\":\"2026-11-20T10:01:00Z\",\"rating\":\"up\"}\n"
                + agentTurn("a2", "B-22", "I cannot find that order.")
                + "{\"type\":\"feedback\",\"generation\":\"a2\",\"ts\":\"2026-11-20T10:01:00Z\",\"rating\":\"down\","
                + "\"correction\":\"Order B-22 has shipped.\"}\n");
    }

    private Path policy(String db, double automaticEvalShare) throws Exception {
        Path p = dir.resolve("policy.json");
        assertThat(CliTest.run("export", "--db", db, "--write-policy", p.toString()).exit()).isZero();
        ObjectNode policy = (ObjectNode) LayoutCheck.JSON.readTree(p.toFile());
        ((ObjectNode) policy.get("curation")).put("automatic_eval_share", automaticEvalShare);
        LayoutCheck.JSON.writeValue(p.toFile(), policy);
        return p;
    }

    @Test
    void toolCallsAndToolsReachEveryTrainingLayoutAndTheManifestCountsThem() throws Exception {
        String db = dir.resolve("c.db").toString();
        assertThat(CliTest.run("ingest", agentLog(dir).toString(), "--db", db).exit()).isZero();
        Path out = dir.resolve("export");
        CliTest.Run run = CliTest.run("export", "--db", db, "--out", out.toString(), "--policy",
                policy(db, 0).toString(), "--list-excluded");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("prompt-not-user-last");

        List<JsonNode> sft = LayoutCheck.read(out.resolve("train/sft.jsonl"));
        assertThat(sft).hasSize(2).allSatisfy(r -> {
            assertThat(LayoutCheck.problems("openai-sft", r)).isEmpty();
            JsonNode call = r.get("messages").get(2);
            assertThat(call.get("content").isNull()).isTrue();
            assertThat(call.get("tool_calls").get(0).get("function").get("name").asText()).isEqualTo("lookup_order");
            assertThat(r.get("messages").get(3).get("tool_call_id").asText()).startsWith("call_");
            assertThat(r.get("messages").get(1).get("content").asText()).contains("[EMAIL]");
            assertThat(r.get("tools")).isEqualTo(LayoutCheck.JSON.readTree(TOOLS));
        });
        List<JsonNode> dpo = LayoutCheck.read(out.resolve("train/dpo.jsonl"));
        assertThat(dpo).singleElement().satisfies(r -> {
            assertThat(LayoutCheck.problems("trl-dpo", r)).isEmpty();
            assertThat(r.get("prompt").get(3).get("role").asText()).isEqualTo("tool");
            assertThat(r.get("tools").get(0).get("function").get("name").asText()).isEqualTo("lookup_order");
        });
        LayoutCheck.read(out.resolve("train/kto.jsonl")).forEach(r -> assertThat(LayoutCheck.problems("trl-kto", r)).isEmpty());

        JsonNode files = LayoutCheck.JSON.readTree(out.resolve("manifest.json").toFile()).get("files");
        assertThat(files.get("train/sft.jsonl").get("rows_with_tools").asLong()).isEqualTo(2);
        assertThat(files.get("train/dpo.jsonl").get("rows_with_tools").asLong()).isEqualTo(1);
    }

    @Test
    void openAiPreferenceLayoutStillNeedsAUserTurnLastAndSaysSo() throws Exception {
        String db = dir.resolve("c.db").toString();
        assertThat(CliTest.run("ingest", agentLog(dir).toString(), "--db", db).exit()).isZero();
        CliTest.Run run = CliTest.run("export", "--db", db, "--out", dir.resolve("e").toString(), "--policy",
                policy(db, 0).toString(), "--dpo-layout", "openai", "--list-excluded");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("train/dpo.jsonl\tprompt-not-user-last\t");
        assertThat(LayoutCheck.read(dir.resolve("e/train/dpo.jsonl"))).isEmpty();
        assertThat(LayoutCheck.read(dir.resolve("e/train/sft.jsonl"))).hasSize(2);
    }
}
