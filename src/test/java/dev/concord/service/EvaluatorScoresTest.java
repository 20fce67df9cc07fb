package dev.concord.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concord.curate.CurationPolicy;
import dev.concord.curate.ExportPolicy;
import dev.concord.model.EvaluatorScore;
import dev.concord.model.ProgressListener;
import dev.concord.store.Database;
import dev.concord.store.ErasedCounts;
import dev.concord.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scores of automated evaluators (an LLM judge's Langfuse score) are kept with their generation as metadata: redacted,
 * stored once, erased by forget, shown beside the answer and carried into the eval layouts, never feedback.
 */
class EvaluatorScoresTest {
    /** A thumbs-up by the user (a golden case) and two scores by an LLM judge, one of whose comments names a person. */
    static final String LOG = """
            {"id":"t1","timestamp":"2026-11-20T10:00:00Z","sessionId":"s1","observations":[{"id":"g1","traceId":"t1","type":"GENERATION","startTime":"2026-11-20T10:00:00Z","input":"How do I reset my router?","output":"Hold the reset button for ten seconds."}],"scores":[\
            {"id":"u1","traceId":"t1","name":"user_feedback","source":"API","dataType":"NUMERIC","value":1,"timestamp":"2026-11-20T10:01:00Z"},\
            {"id":"e1","traceId":"t1","observationId":"g1","name":"helpfulness","source":"EVAL","dataType":"NUMERIC","value":0.9,"comment":"Clear steps; ask jane.doe@example.com for the manual","timestamp":"2026-11-20T10:02:00Z"},\
            {"id":"e2","traceId":"t1","observationId":"g1","name":"tone","source":"EVAL","dataType":"CATEGORICAL","stringValue":"friendly","timestamp":"2026-11-20T10:02:00Z"}]}
            {"id":"t2","timestamp":"2026-11-20T11:00:00Z","sessionId":"s2","observations":[{"id":"g2","traceId":"t2","type":"GENERATION","startTime":"2026-11-20T11:00:00Z","input":"What is a mutex?","output":"A lock that one thread holds at a time."}],"scores":[\
            {"id":"e3","traceId":"t2","observationId":"g2","name":"helpfulness","source":"EVAL","dataType":"NUMERIC","value":0.4,"timestamp":"2026-11-20T11:02:00Z"}]}
            """;

    @TempDir
    Path dir;
    private Database db;
    private Path log;
    private IngestReport first;

    @BeforeEach
    void ingest() throws Exception {
        db = TestDatabases.open(dir.resolve("t.db"));
        log = Files.writeString(dir.resolve("langfuse.jsonl"), LOG);
        first = new ImportService(db).ingest(List.of(log), ProgressListener.NONE);
    }

    @Test
    void judgeScoresAreStoredRedactedWithTheirGenerationAndAreNoFeedback() throws Exception {
        assertThat(first.rejectedLines()).isZero();
        assertThat(first.formats()).singleElement().asString()
                .endsWith("3 evaluator scores kept with their generations (not feedback)");
        assertThat(count("SELECT COUNT(*) FROM signals")).as("only the user's thumbs-up").isEqualTo(1);
        Map<String, List<EvaluatorScore>> scores;
        try (ReviewService reviews = new ReviewService(db)) {
            scores = reviews.evaluatorScores(List.of("g1", "g2", "none"));
        }
        assertThat(scores.get("none")).isEmpty();
        assertThat(scores.get("g2")).extracting(EvaluatorScore::name, EvaluatorScore::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("helpfulness", 0.4));
        assertThat(scores.get("g1")).extracting(EvaluatorScore::name).containsExactly("helpfulness", "tone");
        EvaluatorScore helpfulness = scores.get("g1").get(0);
        assertThat(helpfulness.value()).isEqualTo(0.9);
        assertThat(helpfulness.source()).isEqualTo("EVAL");
        assertThat(helpfulness.comment()).as("the comment passed the redactor").startsWith("Clear steps; ask ")
                .doesNotContain("jane.doe@example.com");
        assertThat(scores.get("g1").get(1).label()).isEqualTo("friendly");
        assertThat(scores.get("g1").get(1).value()).isNull();
    }

    @Test
    void aSecondIngestOfTheSameLogAddsNoScore() throws Exception {
        new ImportService(db).ingest(List.of(log), ProgressListener.NONE);
        assertThat(count("SELECT COUNT(*) FROM evaluator_scores")).isEqualTo(3);
    }

    @Test
    void forgettingASessionErasesItsScoresAndALaterIngestKeepsThemOut() throws Exception {
        ForgetService forget = new ForgetService(db);
        assertThat(forget.preview(new ForgetService.Target.Session("s1")).erased().events())
                .as("the generation, the thumbs-up and two scores").isEqualTo(4);
        ErasedCounts erased = forget.forget(new ForgetService.Target.Session("s1")).erased();
        assertThat(erased.events()).isEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM evaluator_scores")).as("the other session's score").isEqualTo(1);
        new ImportService(db).ingest(List.of(log), ProgressListener.NONE);
        assertThat(count("SELECT COUNT(*) FROM evaluator_scores WHERE generation = 'g1'")).isZero();
    }

    @Test
    void forgettingTextFoundOnlyInAScoreCommentFindsItsSession() {
        ForgetService.Result r = new ForgetService(db).preview(new ForgetService.Target.Matching("CLEAR STEPS"));
        assertThat(r.erased().sessions()).isEqualTo(1);
    }

    @Test
    void theEvalLayoutsCarryTheScoresAsMetadata() throws Exception {
        ExportPolicy policy = ExportPolicy.defaults().with(CurationPolicy.defaults().withShares(1, 1))
                .withEvalLayouts(Set.of(ExportPolicy.EvalLayout.INSPECT, ExportPolicy.EvalLayout.PROMPTFOO));
        Path out = dir.resolve("export");
        new ExportService(db).export(policy, out, x -> { }, ProgressListener.NONE);
        ObjectMapper json = new ObjectMapper();
        JsonNode golden = json.readTree(Files.readAllLines(out.resolve("eval/golden.jsonl")).get(0));
        JsonNode inspect = json.readTree(Files.readAllLines(out.resolve("eval/inspect/dataset.jsonl")).get(0));
        JsonNode promptfoo = json.readTree(Files.readAllLines(out.resolve("eval/promptfoo/tests.jsonl")).get(0));
        for (JsonNode scores : List.of(golden.get("evaluator_scores"), inspect.at("/metadata/evaluator_scores"),
                promptfoo.at("/metadata/evaluator_scores"))) {
            assertThat(scores).hasSize(2);
            assertThat(scores.get(0).get("name").asText()).isEqualTo("helpfulness");
            assertThat(scores.get(0).get("value").asDouble()).isEqualTo(0.9);
            assertThat(scores.get(0).get("source").asText()).isEqualTo("EVAL");
            assertThat(scores.get(1).get("label").asText()).isEqualTo("friendly");
            assertThat(scores.get(1).has("value")).isFalse();
        }
        assertThat(golden.get("label").asText()).as("the user's verdict, not the judge's").isEqualTo("good");
    }

    private long count(String sql) throws Exception {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
