package dev.concord.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concord.curate.CurationPolicy;
import dev.concord.curate.Exclusion;
import dev.concord.curate.ExclusionReason;
import dev.concord.curate.ExportPolicy;
import dev.concord.model.ProgressListener;
import dev.concord.model.ToolCall;
import dev.concord.store.Database;
import dev.concord.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An answer that only calls a tool is stored with its call, reviewed with it, and trained on as a tool-calling turn. */
class ToolCallAnswerTest {
    private static final String ARGS = "{\\\"order\\\":\\\"A-17\\\"}";
    static final String LOG = String.join("\n",
            generation("g1", "s1", "Where is order A-17?", "lookup_order", ARGS),
            "{\"type\":\"feedback\",\"generation\":\"g1\",\"ts\":\"2026-11-20T10:01:00Z\",\"rating\":\"up\"}",
            generation("g2", "s2", "Cancel order B-2 please", "cancel_order", "{\\\"order\\\":\\\"B-2\\\"}"),
            "{\"type\":\"feedback\",\"generation\":\"g2\",\"ts\":\"2026-11-20T10:01:00Z\",\"rating\":\"down\"}") + "\n";

    static String generation(String id, String session, String prompt, String function, String args) {
        return "{\"type\":\"generation\",\"id\":\"" + id + "\",\"session\":\"" + session + "\",\"ts\":\"2026-11-20T10:00:00Z\","
                + "\"prompt\":\"" + prompt + "\",\"output_tool_calls\":[{\"id\":\"call_" + id + "\",\"type\":\"function\","
                + "\"function\":{\"name\":\"" + function + "\",\"arguments\":\"" + args + "\"}}]}";
    }

    @TempDir
    Path dir;
    private Database db;

    @BeforeEach
    void ingest() throws Exception {
        db = TestDatabases.open(dir.resolve("t.db"));
        Path log = Files.writeString(dir.resolve("log.jsonl"), LOG);
        IngestReport r = new ImportService(db).ingest(List.of(log), ProgressListener.NONE);
        assertThat(r.rejectedLines()).isZero();
    }

    @Test
    void theReviewedAttemptCarriesTheCall() {
        try (ReviewService reviews = new ReviewService(db)) {
            var attempt = reviews.item("fi-g2").orElseThrow().attempts().get(0);
            assertThat(attempt.output()).isEmpty();
            assertThat(attempt.toolCalls()).containsExactly(new ToolCall("call_g2", "cancel_order", "{\"order\":\"B-2\"}"));
        }
    }

    @Test
    void trainingFilesWriteTheAssistantTurnWithItsToolCalls() throws Exception {
        Path out = dir.resolve("export");
        List<Exclusion> excluded = new ArrayList<>();
        ExportReport report = new ExportService(db).export(ExportPolicy.defaults()
                .with(CurationPolicy.defaults().withShares(0, 0)), out, excluded::add, ProgressListener.NONE);
        ObjectMapper json = new ObjectMapper();
        JsonNode sft = json.readTree(Files.readAllLines(out.resolve("train/sft.jsonl")).get(0));
        JsonNode answer = sft.get("messages").get(1);
        assertThat(answer.get("role").asText()).isEqualTo("assistant");
        assertThat(answer.get("content").isNull()).isTrue();
        assertThat(answer.at("/tool_calls/0/function/name").asText()).isEqualTo("lookup_order");
        assertThat(answer.at("/tool_calls/0/function/arguments").asText()).isEqualTo("{\"order\":\"A-17\"}");
        JsonNode kto = json.readTree(Files.readAllLines(out.resolve("train/kto.jsonl")).get(0));
        assertThat(kto.at("/completion/0/tool_calls/0/id").asText()).isEqualTo("call_g1");
        assertThat(excluded).extracting(Exclusion::reason).doesNotContain(ExclusionReason.TOO_SHORT);
        assertThat(report.files().get("train/sft.jsonl").toolRows()).isEqualTo(1);
    }

    @Test
    void aGoldenCaseWhoseAnswerIsACallStaysOutOfTheEvalFilesSayingWhy() throws Exception {
        List<Exclusion> excluded = new ArrayList<>();
        new ExportService(db).export(ExportPolicy.defaults().with(CurationPolicy.defaults().withShares(1, 1)),
                dir.resolve("export"), excluded::add, ProgressListener.NONE);
        assertThat(Files.readAllLines(dir.resolve("export/eval/golden.jsonl"))).isEmpty();
        assertThat(excluded).filteredOn(x -> x.reason() == ExclusionReason.TOOL_CALL_ANSWER).isNotEmpty();
    }
}
