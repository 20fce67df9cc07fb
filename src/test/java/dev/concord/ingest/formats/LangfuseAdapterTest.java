package dev.concord.ingest.formats;

import dev.concord.ingest.LogFormat;
import dev.concord.ingest.ReadFormats;
import dev.concord.model.EvaluatorScore;
import dev.concord.model.Generation;
import dev.concord.model.Message;
import dev.concord.model.Rating;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static dev.concord.ingest.ReadFormats.fixture;
import static org.assertj.core.api.Assertions.assertThat;

class LangfuseAdapterTest {
    @TempDir
    Path dir;

    @Test
    void generationObservationsBecomeGenerationsInTheirSession() throws Exception {
        ReadFormats r = ReadFormats.read(fixture("langfuse/traces.json"), LogFormat.AUTO);
        assertThat(r.result.format()).isEqualTo(LogFormat.LANGFUSE);
        assertThat(r.rejections).isEmpty();
        assertThat(r.generations).hasSize(2);
        Generation parcel = r.generation("0b3a5d8e-2c41-4a7f-8e5b-93c1d2f4a6b7");
        assertThat(parcel.session()).isEqualTo("lf-session-1");
        assertThat(parcel.model()).isEqualTo("gpt-4o-mini-2024-07-18");
        assertThat(parcel.prompt()).extracting(Message::role).containsExactly("system", "user");
        assertThat(parcel.output()).isEqualTo("Your parcel is in Lyon and should arrive tomorrow.");
        Generation address = r.generation("1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a6c");
        assertThat(address.session()).as("no sessionId: the trace is the session").isEqualTo("e8f9a0b1-c2d3-4e5f-8a9b-0c1d2e3f4a5b");
        assertThat(address.prompt()).containsExactly(new Message("user", "Can I change the delivery address?"));
        assertThat(r.result.skipped()).as("the SPAN observation").isEqualTo(1);
    }

    @Test
    void userScoresAreFeedbackTheirCorrectionIsTheCorrectionAndEvalScoresAreNot() throws Exception {
        ReadFormats r = ReadFormats.read(fixture("langfuse/traces.json"), LogFormat.LANGFUSE);
        assertThat(r.signals).hasSize(2);
        assertThat(r.signals.get(0).generation()).as("a trace-level score reaches the trace's generation")
                .isEqualTo("0b3a5d8e-2c41-4a7f-8e5b-93c1d2f4a6b7");
        assertThat(r.signals.get(0).rating()).isEqualTo(Rating.DOWN);
        assertThat(r.signals.get(0).text()).isEqualTo("Your parcel is in Lille and should arrive tomorrow.");
        assertThat(r.signals.get(0).comment()).isEqualTo("Wrong city");
        assertThat(r.signals.get(1).rating()).as("categorical thumbs_up").isEqualTo(Rating.UP);
        assertThat(r.signals.get(1).generation()).isEqualTo("1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a6c");
        assertThat(r.result.evaluatorScores()).as("the EVAL helpfulness score").isEqualTo(1);
    }

    @Test
    void anEvalScoreIsKeptWithItsGenerationAsMetadata() throws Exception {
        ReadFormats r = ReadFormats.read(fixture("langfuse/traces.json"), LogFormat.LANGFUSE);
        assertThat(r.scores).containsExactly(new EvaluatorScore("0b3a5d8e-2c41-4a7f-8e5b-93c1d2f4a6b7", "helpfulness",
                0.9, null, "EVAL", "The answer addresses the question.", Instant.parse("2025-06-26T06:18:00Z")));
    }

    @Test
    void jsonlExportGivesTheSameEventsAsTheJsonArray() throws Exception {
        ReadFormats array = ReadFormats.read(fixture("langfuse/traces.json"), LogFormat.AUTO);
        ReadFormats lines = ReadFormats.read(fixture("langfuse/traces.jsonl"), LogFormat.AUTO);
        assertThat(lines.generations).isEqualTo(array.generations);
        assertThat(lines.signals).isEqualTo(array.signals);
        assertThat(lines.sources.get(0).line()).isEqualTo(1);
        assertThat(array.sources.get(0).line()).as("the line the array element starts on").isEqualTo(2);
    }

    @Test
    void numericScoreThresholdAndBareScoresOfTheScoresApi() throws Exception {
        Path f = Files.writeString(dir.resolve("scores.jsonl"), """
                {"id":"t1","timestamp":"2025-01-01T10:00:00Z","sessionId":"s","observations":[{"id":"g1","traceId":"t1","type":"GENERATION","startTime":"2025-01-01T10:00:00Z","input":"q","output":"a"}],"scores":[]}
                {"id":"sc1","traceId":"t1","name":"user_feedback","source":"API","dataType":"NUMERIC","value":0.8,"timestamp":"2025-01-01T10:01:00Z"}
                {"id":"sc2","traceId":"t1","observationId":"g1","name":"user_feedback","source":"API","dataType":"NUMERIC","value":0.2,"timestamp":"2025-01-01T10:02:00Z"}
                {"id":"sc3","traceId":"t1","name":"correction","source":"ANNOTATION","dataType":"CORRECTION","stringValue":"b","timestamp":"2025-01-01T10:03:00Z"}
                """);
        ReadFormats r = ReadFormats.read(f, LogFormat.LANGFUSE);
        assertThat(r.rejections).isEmpty();
        assertThat(r.signals).extracting(s -> s.generation() + ":" + s.rating() + ":" + s.text())
                .containsExactly("g1:UP:null", "g1:DOWN:null", "g1:DOWN:b");
    }

    @Test
    void aBadElementOfTheArrayIsNamedByItsPointerAndTheOthersAreKept() throws Exception {
        Path f = Files.writeString(dir.resolve("bad.json"), """
                [
                  {"id":"t1","timestamp":"2025-01-01T10:00:00Z","observations":[{"id":"g1","type":"GENERATION","startTime":"2025-01-01T10:00:00Z","input":"q","output":"a"}]},
                  42,
                  {"id":"t2","timestamp":"2025-01-01T10:00:00Z","observations":[{"id":"g2","type":"GENERATION","startTime":"not a time","input":"q","output":"a"}]},
                  {"id":"t3","timestamp":"2025-01-01T10:00:00Z","observations":[{"id":"g3","type":"GENERATION","startTime":"2025-01-01T10:00:00Z","input":"q","output":"a"}]}
                ]
                """);
        ReadFormats r = ReadFormats.read(f, LogFormat.AUTO);
        assertThat(r.generations).extracting(Generation::id).containsExactly("g1", "g3");
        assertThat(r.rejections).containsExactly(f + ":3: at /1: expected an object",
                f + ":4: field '/2/observations/0/startTime': not an ISO-8601 timestamp");
    }

    @Test
    void malformedJsonInAnArrayStopsTheFileWithItsLineAndKeepsWhatCameBefore() throws Exception {
        Path f = Files.writeString(dir.resolve("broken.json"), """
                [
                  {"id":"t1","timestamp":"2025-01-01T10:00:00Z","observations":[{"id":"g1","type":"GENERATION","startTime":"2025-01-01T10:00:00Z","input":"q","output":"a"}]},
                  {"id":"t2", oops}
                ]
                """);
        ReadFormats r = ReadFormats.read(f, LogFormat.LANGFUSE);
        assertThat(r.generations).extracting(Generation::id).containsExactly("g1");
        assertThat(r.rejections).singleElement().asString().startsWith(f + ":3: malformed JSON near line 3")
                .endsWith("the rest of the file is not read");
    }

    @Test
    void openAiToolCallsInTheObservationsInputAndItsToolsSurviveAndTheArgumentsAreRedacted() throws Exception {
        String messages = "[{\"role\":\"user\",\"content\":\"Where is it?\"},"
                + "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"" + ToolTurns.CALL_ID
                + "\",\"type\":\"function\",\"function\":{\"name\":\"order_lookup\",\"arguments\":"
                + ToolTurns.JSON.writeValueAsString(ToolTurns.ARGUMENTS) + "}}]},"
                + "{\"role\":\"tool\",\"tool_call_id\":\"" + ToolTurns.CALL_ID + "\",\"content\":"
                + ToolTurns.JSON.writeValueAsString(ToolTurns.RESULT) + "}]";
        String trace = "{\"id\":\"trace-1\",\"timestamp\":\"2024-10-14T09:12:03Z\",\"sessionId\":\"s-1\","
                + "\"observations\":[{\"id\":\"obs-1\",\"traceId\":\"trace-1\",\"type\":\"GENERATION\","
                + "\"startTime\":\"2024-10-14T09:12:03Z\",\"model\":\"gpt-4o\",\"input\":{\"messages\":" + messages
                + ",\"tools\":[" + ToolTurns.TOOL + "]},\"output\":{\"role\":\"assistant\",\"content\":\"On its way.\"}}],"
                + "\"scores\":[]}";

        Generation g = ToolTurns.readOne(trace, LogFormat.LANGFUSE);

        ToolTurns.assertToolTurnSurvives(g, true);
        assertThat(g.output()).isEqualTo("On its way.");
    }

    @Test
    void aGenerationWhoseOutputOnlyCallsAToolKeepsTheCall() throws Exception {
        String trace = "{\"id\":\"t9\",\"timestamp\":\"2025-01-01T10:00:00Z\",\"observations\":[{\"id\":\"g9\",\"type\":\"GENERATION\","
                + "\"startTime\":\"2025-01-01T10:00:00Z\",\"input\":[{\"role\":\"user\",\"content\":\"Where is it?\"}],"
                + "\"output\":{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"" + ToolTurns.CALL_ID
                + "\",\"type\":\"function\",\"function\":{\"name\":\"order_lookup\",\"arguments\":"
                + ToolTurns.JSON.writeValueAsString(ToolTurns.ARGUMENTS) + "}}]}}]}";

        ToolTurns.assertAnswerCallSurvives(ToolTurns.readOne(trace, LogFormat.LANGFUSE));
    }
}
