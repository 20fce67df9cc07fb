package dev.concord.ingest.formats;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.concord.ingest.LogFormat;
import dev.concord.ingest.ReadFormats;
import dev.concord.model.Generation;
import dev.concord.model.Message;
import dev.concord.model.Rating;
import dev.concord.model.Signal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

import static dev.concord.ingest.ReadFormats.fixture;
import static org.assertj.core.api.Assertions.assertThat;

class OtelAdapterTest {
    @TempDir
    Path dir;

    @Test
    void detectsCollectorExportAndReadsCurrentConventionWithPartsAndConversationId() throws Exception {
        ReadFormats r = ReadFormats.read(fixture("otel/collector-file-exporter.jsonl"), LogFormat.AUTO);
        assertThat(r.result.format()).isEqualTo(LogFormat.OTEL);
        assertThat(r.result.detected()).isTrue();
        assertThat(r.rejections).isEmpty();
        Generation joke = r.generation("chatcmpl-9J3uIL87gldCFtiIbyaOvTeYBRA3l");
        assertThat(joke.session()).isEqualTo("conv_5j66UpCpwteGg4YSxUnt7lPY");
        assertThat(joke.model()).isEqualTo("gpt-4");
        assertThat(joke.ts()).isEqualTo(Instant.ofEpochSecond(1544712660L));
        assertThat(joke.prompt()).containsExactly(new Message("system", "You are a helpful bot"),
                new Message("user", "Tell me a joke about OpenTelemetry"));
        assertThat(joke.output()).contains("Because it always knows how to trace the fun!");
        Generation weather = r.generation("chatcmpl-call_VSPygqKTWdrhaFErNvMV18Yl");
        assertThat(weather.prompt()).extracting(Message::role).containsExactly("user", "assistant", "tool");
        assertThat(weather.prompt().get(2).content()).isEqualTo("rainy, 57°F");
        assertThat(weather.output()).isEqualTo("The weather in Paris is currently rainy with a temperature of 57°F.");
        assertThat(r.result.skipped()).as("the execute_tool span holds no conversation").isEqualTo(1);
    }

    @Test
    void userFeedbackEvaluationIsFeedbackAndAJudgesEvaluationIsNot() throws Exception {
        ReadFormats r = ReadFormats.read(fixture("otel/collector-file-exporter.jsonl"), LogFormat.OTEL);
        assertThat(r.signals).hasSize(1);
        Signal down = r.signals.get(0);
        assertThat(down.generation()).isEqualTo("chatcmpl-9J3uIL87gldCFtiIbyaOvTeYBRA3l");
        assertThat(down.rating()).isEqualTo(Rating.DOWN);
        assertThat(down.comment()).isEqualTo("Not funny");
        assertThat(r.result.evaluatorScores()).isEqualTo(1);
        assertThat(r.scores).singleElement().satisfies(s -> {
            assertThat(s.generation()).isEqualTo("chatcmpl-9J3uIL87gldCFtiIbyaOvTeYBRA3l");
            assertThat(s.name()).isEqualTo("Relevance");
            assertThat(s.value()).isEqualTo(4.0);
            assertThat(s.label()).isEqualTo("relevant");
            assertThat(s.source()).isEqualTo("evaluation");
            assertThat(s.comment()).isEqualTo("The joke is about OpenTelemetry");
        });
    }

    @Test
    void whichEvaluationNamesAreAUsersVerdictIsConfigurable() throws Exception {
        ReadFormats r = ReadFormats.read(fixture("otel/collector-file-exporter.jsonl"), LogFormat.OTEL,
                new FeedbackOptions(Set.of("Relevance"), 3.5), null);
        assertThat(r.signals).singleElement().satisfies(s -> {
            assertThat(s.rating()).isEqualTo(Rating.UP);
            assertThat(s.comment()).isEqualTo("The joke is about OpenTelemetry");
        });
        assertThat(r.result.evaluatorScores()).isEqualTo(1);
    }

    @Test
    void readsTheOlderFlattenedConventionFromAPrettyPrintedDocument() throws Exception {
        ReadFormats r = ReadFormats.read(fixture("otel/flattened-prompt-completion.json"), LogFormat.AUTO);
        assertThat(r.result.format()).isEqualTo(LogFormat.OTEL);
        Generation g = r.generation("EEE19B7EC3C1B176");
        assertThat(g.session()).as("no conversation id: the trace is the session").isEqualTo("5B8EFFF798038103D269B633813FC60C");
        assertThat(g.prompt()).extracting(Message::role).containsExactly("system", "user");
        assertThat(g.output()).startsWith("Why did the developer");
        assertThat(r.sources.get(0).line()).isEqualTo(1);
    }

    @Test
    void readsOpenInferenceJsonSpansWithToolCallsAndResults() throws Exception {
        ReadFormats r = ReadFormats.read(fixture("otel/openinference-spans.jsonl"), LogFormat.AUTO);
        assertThat(r.result.format()).isEqualTo(LogFormat.OTEL);
        assertThat(r.rejections).isEmpty();
        assertThat(r.generations).hasSize(2);
        assertThat(r.generation("01fa9612-01b8-4358-85d6-e3e067305ec3").output()).as("a tool call only").isEmpty();
        Generation synthesis = r.generation("f26d1f26-9671-435d-9716-14a87a3f228b");
        assertThat(synthesis.session()).isEqualTo("409df945-e058-4829-b240-cfbdd2ff4488");
        assertThat(synthesis.model()).isEqualTo("gpt-3.5-turbo-0613");
        assertThat(synthesis.prompt()).extracting(Message::role).containsExactly("system", "user", "assistant", "tool");
        assertThat(synthesis.prompt().get(3).content()).isEqualTo("2001");
        assertThat(synthesis.output()).isEqualTo("The product of 23 times 87 is 2001.");
    }

    @Test
    void openInferenceSessionAndHumanAnnotationBecomeSessionAndFeedbackButAnLlmAnnotationDoesNot() throws Exception {
        ReadFormats r = ReadFormats.read(fixture("otel/openinference-otlp.jsonl"), LogFormat.AUTO);
        Generation g = r.generation("9a1b2c3d4e5f6071");
        assertThat(g.session()).isEqualTo("chat-session-42");
        assertThat(g.prompt()).containsExactly(new Message("user", "what is 23 times 87"));
        assertThat(r.signals).singleElement().satisfies(s -> {
            assertThat(s.rating()).isEqualTo(Rating.UP);
            assertThat(s.generation()).isEqualTo("9a1b2c3d4e5f6071");
        });
        assertThat(r.result.evaluatorScores()).isEqualTo(1);
        assertThat(r.scores).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("hallucination");
            assertThat(s.value()).isEqualTo(1.0);
            assertThat(s.label()).isEqualTo("hallucinated");
            assertThat(s.source()).isEqualTo("LLM");
            assertThat(s.comment()).isEqualTo("The claim is not supported by the retrieved documents.");
        });
    }

    @Test
    void aBadSpanIsRejectedByFileLineAndPointerWithoutItsContentAndTheOtherSpanIsKept() throws Exception {
        String good = span("s-good", "user");
        String bad = span("s-bad", "Jane Doe <jane@example.com>");
        Path f = Files.writeString(dir.resolve("spans.jsonl"), "{\"resourceSpans\":[{\"scopeSpans\":[{\"spans\":["
                + good + "," + bad + "]}]}]}\n");
        ReadFormats r = ReadFormats.read(f, LogFormat.OTEL);
        assertThat(r.generations).extracting(Generation::id).containsExactly("s-good");
        assertThat(r.rejections).singleElement().satisfies(msg -> {
            assertThat(msg).startsWith(f + ":1: field '/resourceSpans/0/scopeSpans/0/spans/1/attributes/"
                    + "gen_ai.input.messages/0/role': unknown role");
            assertThat(msg).doesNotContain("jane", "Jane");
        });
    }

    private static String span(String id, String role) {
        String input = "[{\\\"role\\\":\\\"" + role + "\\\",\\\"parts\\\":[{\\\"type\\\":\\\"text\\\",\\\"content\\\":\\\"hi\\\"}]}]";
        return "{\"traceId\":\"t1\",\"spanId\":\"" + id + "\",\"startTimeUnixNano\":\"1700000000000000000\","
                + "\"attributes\":[{\"key\":\"gen_ai.input.messages\",\"value\":{\"stringValue\":\"" + input + "\"}}]}";
    }

    @Test
    void toolCallAndResponsePartsAndToolDefinitionsSurviveAndTheArgumentsAreRedacted() throws Exception {
        ArrayNode input = ToolTurns.JSON.createArrayNode();
        input.addObject().put("role", "user").putArray("parts").addObject().put("type", "text").put("content", "Where is it?");
        input.addObject().put("role", "assistant").putArray("parts").addObject().put("type", "tool_call")
                .put("id", ToolTurns.CALL_ID).put("name", "order_lookup").set("arguments", ToolTurns.json(ToolTurns.ARGUMENTS));
        input.addObject().put("role", "tool").putArray("parts").addObject().put("type", "tool_call_response")
                .put("id", ToolTurns.CALL_ID).put("response", ToolTurns.RESULT);
        ObjectNode flatTool = (ObjectNode) ToolTurns.json(ToolTurns.TOOL).get("function").deepCopy();
        ArrayNode definitions = ToolTurns.JSON.createArrayNode();
        definitions.addObject().put("type", "function").setAll(flatTool);
        ObjectNode span = ToolTurns.JSON.createObjectNode();
        span.putArray("resourceSpans").addObject().putArray("scopeSpans").addObject().putArray("spans").add(span("s1",
                attribute("gen_ai.response.id", "chatcmpl-1"),
                attribute("gen_ai.input.messages", input.toString()),
                attribute("gen_ai.output.messages", "[{\"role\":\"assistant\",\"parts\":[{\"type\":\"text\",\"content\":\"On its way.\"}]}]"),
                attribute("gen_ai.tool.definitions", definitions.toString())));

        Generation g = ToolTurns.readOne(span.toString(), LogFormat.OTEL);

        ToolTurns.assertToolTurnSurvives(g, true);
        assertThat(g.output()).isEqualTo("On its way.");
    }

    @Test
    void anAnswerThatOnlyCallsAToolKeepsTheCallAsItsOutput() throws Exception {
        ArrayNode output = ToolTurns.JSON.createArrayNode();
        output.addObject().put("role", "assistant").putArray("parts").addObject().put("type", "tool_call")
                .put("id", ToolTurns.CALL_ID).put("name", "order_lookup").set("arguments", ToolTurns.json(ToolTurns.ARGUMENTS));
        ObjectNode span = ToolTurns.JSON.createObjectNode();
        span.putArray("resourceSpans").addObject().putArray("scopeSpans").addObject().putArray("spans").add(span("s1",
                attribute("gen_ai.response.id", "chatcmpl-1"),
                attribute("gen_ai.input.messages", "[{\"role\":\"user\",\"parts\":[{\"type\":\"text\",\"content\":\"Where is it?\"}]}]"),
                attribute("gen_ai.output.messages", output.toString())));

        ToolTurns.assertAnswerCallSurvives(ToolTurns.readOne(span.toString(), LogFormat.OTEL));
    }

    @Test
    void openInferenceToolCallOnlyAnswerKeepsItsCall() throws Exception {
        ReadFormats r = ReadFormats.read(fixture("otel/openinference-spans.jsonl"), LogFormat.AUTO);
        Generation call = r.generation("01fa9612-01b8-4358-85d6-e3e067305ec3");
        assertThat(call.output()).isEmpty();
        assertThat(call.outputToolCalls()).singleElement().satisfies(c -> assertThat(c.name()).isNotBlank());
    }

    @Test
    void openInferenceFlattenedToolCallsAndTheToolMessagesNameSurvive() throws Exception {
        ReadFormats r = ReadFormats.read(fixture("otel/openinference-spans.jsonl"), LogFormat.AUTO);
        Generation second = r.generations.get(1);
        Message call = second.prompt().get(2);
        assertThat(call.toolCalls()).containsExactly(new dev.concord.model.ToolCall("", "multiply", "{\n  \"a\": 23,\n  \"b\": 87\n}"));
        assertThat(second.prompt().get(3)).isEqualTo(new Message("tool", "2001", java.util.List.of(), null, "multiply"));
    }

    @Test
    void theOlderFlattenedConventionsToolCallsSurvive() throws Exception {
        ObjectNode span = ToolTurns.JSON.createObjectNode();
        span.putArray("resourceSpans").addObject().putArray("scopeSpans").addObject().putArray("spans").add(span("s2",
                attribute("gen_ai.prompt.0.role", "user"), attribute("gen_ai.prompt.0.content", "Where is it?"),
                attribute("gen_ai.prompt.1.role", "assistant"),
                attribute("gen_ai.prompt.1.tool_calls.0.id", ToolTurns.CALL_ID),
                attribute("gen_ai.prompt.1.tool_calls.0.name", "order_lookup"),
                attribute("gen_ai.prompt.1.tool_calls.0.arguments", ToolTurns.ARGUMENTS),
                attribute("gen_ai.prompt.2.role", "tool"), attribute("gen_ai.prompt.2.content", ToolTurns.RESULT),
                attribute("gen_ai.prompt.2.tool_call_id", ToolTurns.CALL_ID),
                attribute("gen_ai.completion.0.role", "assistant"), attribute("gen_ai.completion.0.content", "On its way.")));

        ToolTurns.assertToolTurnSurvives(ToolTurns.readOne(span.toString(), LogFormat.OTEL), false);
    }

    private static ObjectNode span(String id, ObjectNode... attributes) {
        ObjectNode s = ToolTurns.JSON.createObjectNode().put("traceId", "t1").put("spanId", id).put("name", "chat")
                .put("startTimeUnixNano", "1700000000000000000");
        s.putArray("attributes").addAll(java.util.List.of(attributes));
        return s;
    }

    private static ObjectNode attribute(String key, String value) {
        ObjectNode a = ToolTurns.JSON.createObjectNode().put("key", key);
        a.putObject("value").put("stringValue", value);
        return a;
    }
}
