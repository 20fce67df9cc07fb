package dev.concord.ingest;

import dev.concord.model.Generation;
import dev.concord.model.LogEvent;
import dev.concord.model.Message;
import dev.concord.model.SourceRef;
import dev.concord.model.ToolCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Concord's own format takes agent turns in the OpenAI chat shape: tool calls, tool results, content parts, tools. */
class AgentTurnParsingTest {
    private static final String START = "{\"type\":\"generation\",\"id\":\"g\",\"session\":\"s\",\"ts\":\"2026-11-20T10:00:00Z\","
            + "\"output\":\"Your order shipped.\",";
    private static final String CALL = "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"call_1\","
            + "\"type\":\"function\",\"function\":{\"name\":\"lookup_order\",\"arguments\":\"{\\\"order\\\":\\\"A-17\\\"}\"}}]}";
    private final EventParser parser = new EventParser();

    private Generation generation(String rest) throws LineRejectedException {
        byte[] b = (START + rest + "}").getBytes(StandardCharsets.UTF_8);
        return ((LogEvent.GenerationEvent) parser.parse(b, b.length, new SourceRef("log.jsonl", 3)).get(0)).generation();
    }

    private String rejectedField(String rest) {
        try {
            generation(rest);
        } catch (LineRejectedException e) {
            return e.field();
        }
        throw new AssertionError("accepted: " + rest);
    }

    @Test
    void keepsToolCallsToolResultsAndTools() throws Exception {
        Generation g = generation("\"prompt\":[{\"role\":\"user\",\"content\":\"Where is order A-17?\"}," + CALL
                + ",{\"role\":\"tool\",\"tool_call_id\":\"call_1\",\"name\":\"lookup_order\",\"content\":\"shipped\"}],"
                + "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"lookup_order\",\"parameters\":{\"type\":\"object\"}}}]");
        assertThat(g.prompt()).hasSize(3);
        Message call = g.prompt().get(1);
        assertThat(call.content()).isEmpty();
        assertThat(call.toolCalls()).containsExactly(new ToolCall("call_1", "lookup_order", "{\"order\":\"A-17\"}"));
        assertThat(g.prompt().get(2)).isEqualTo(Message.toolResult("call_1", "lookup_order", "shipped"));
        assertThat(g.tools()).isEqualTo("[{\"type\":\"function\",\"function\":{\"name\":\"lookup_order\","
                + "\"parameters\":{\"type\":\"object\"}}}]");
    }

    @Test
    void anAnswerThatOnlyCallsAToolHasOutputToolCallsAndNeedsNoOutputText() throws Exception {
        byte[] b = ("{\"type\":\"generation\",\"id\":\"g\",\"session\":\"s\",\"ts\":\"2026-11-20T10:00:00Z\","
                + "\"prompt\":\"Where is order A-17?\",\"output_tool_calls\":[{\"id\":\"call_1\",\"type\":\"function\","
                + "\"function\":{\"name\":\"lookup_order\",\"arguments\":\"{\\\"order\\\":\\\"A-17\\\"}\"}}]}")
                .getBytes(StandardCharsets.UTF_8);
        Generation g = ((LogEvent.GenerationEvent) parser.parse(b, b.length, new SourceRef("log.jsonl", 3)).get(0)).generation();
        assertThat(g.output()).isEmpty();
        assertThat(g.outputToolCalls()).containsExactly(new ToolCall("call_1", "lookup_order", "{\"order\":\"A-17\"}"));
        assertThat(generation("\"prompt\":\"q\"").outputToolCalls()).isEmpty();
        assertThat(rejectedField("\"prompt\":\"q\",\"output_tool_calls\":{}")).isEqualTo("output_tool_calls");
    }

    @Test
    void repeatedToolListsAreKeptAsEachLineWroteThemEvenInAnotherKeyOrderOrNumberType() throws Exception {
        String ab = "\"tools\":[{\"name\":\"f\",\"a\":1,\"b\":2}]";
        String ba = "\"tools\":[{\"name\":\"f\",\"b\":2,\"a\":1}]";
        String big = "\"tools\":[{\"name\":\"f\",\"b\":2,\"a\":10000000000}]";
        String real = "\"tools\":[{\"name\":\"f\",\"b\":2,\"a\":1.0}]";
        for (int round = 0; round < 2; round++) {
            assertThat(generation("\"prompt\":\"q\"," + ab).tools()).contains("\"a\":1,\"b\":2");
            assertThat(generation("\"prompt\":\"q\"," + ba).tools()).contains("\"b\":2,\"a\":1}");
            assertThat(generation("\"prompt\":\"q\"," + big).tools()).contains("\"a\":10000000000}");
            assertThat(generation("\"prompt\":\"q\"," + real).tools()).contains("\"a\":1.0}");
        }
        assertThat(rejectedField("\"prompt\":\"q\",\"tools\":{\"name\":\"f\"}")).isEqualTo("tools");
    }

    @Test
    void argumentsGivenAsAnObjectAreKeptAsCompactJsonText() throws Exception {
        Generation g = generation("\"prompt\":[{\"role\":\"user\",\"content\":\"q\"},{\"role\":\"assistant\","
                + "\"tool_calls\":[{\"id\":\"c\",\"function\":{\"name\":\"f\",\"arguments\":{\"a\": 1}}}]}]");
        assertThat(g.prompt().get(1).toolCalls().get(0).arguments()).isEqualTo("{\"a\":1}");
    }

    @Test
    void bareFunctionDefinitionsAreWrappedAsTools() throws Exception {
        Generation g = generation("\"prompt\":\"q\",\"tools\":[{\"name\":\"f\",\"parameters\":{}}]");
        assertThat(g.tools()).isEqualTo("[{\"type\":\"function\",\"function\":{\"name\":\"f\",\"parameters\":{}}}]");
        assertThat(generation("\"prompt\":\"q\",\"tools\":[]").tools()).isNull();
    }

    @Test
    void contentPartsJoinTextAndKeepAPlaceholderForEveryOtherPart() throws Exception {
        Generation g = generation("\"prompt\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"What is this?\"},"
                + "{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/png;base64,AAAA\"}},"
                + "{\"type\":\"input_audio\",\"input_audio\":{\"data\":\"AAAA\"}},\"and this\",{\"type\":\"refusal\"}]}]");
        assertThat(g.prompt().get(0).content()).isEqualTo("What is this?\n[image]\n[audio]\nand this\n[refusal]");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "null content without tool calls|[{\"role\":\"assistant\",\"content\":null}]|prompt[0].content",
            "missing content on a user turn|[{\"role\":\"user\"}]|prompt[0].content",
            "tool calls on a user turn|[{\"role\":\"user\",\"content\":\"q\",\"tool_calls\":[{\"function\":{\"name\":\"f\"}}]}]|prompt[0].tool_calls",
            "tool call without a name|[{\"role\":\"assistant\",\"tool_calls\":[{\"function\":{\"arguments\":\"{}\"}}]}]|prompt[0].tool_calls[0].function.name",
            "tool call of another type|[{\"role\":\"assistant\",\"tool_calls\":[{\"type\":\"x\",\"function\":{\"name\":\"f\"}}]}]|prompt[0].tool_calls[0].type",
            "tool_calls not a list|[{\"role\":\"assistant\",\"tool_calls\":{}}]|prompt[0].tool_calls",
            "arguments a number|[{\"role\":\"assistant\",\"tool_calls\":[{\"function\":{\"name\":\"f\",\"arguments\":3}}]}]|prompt[0].tool_calls[0].function.arguments",
            "tool_call_id a number|[{\"role\":\"tool\",\"content\":\"r\",\"tool_call_id\":7}]|prompt[0].tool_call_id",
            "a content part that is a number|[{\"role\":\"user\",\"content\":[1]}]|prompt[0].content[0]",
    })
    void rejectsRealGarbageNamingTheField(String what, String prompt, String field) {
        assertThat(rejectedField("\"prompt\":" + prompt)).as(what).isEqualTo(field);
    }

    @Test
    void rejectsToolsThatAreNotFunctionDefinitions() {
        assertThat(rejectedField("\"prompt\":\"q\",\"tools\":{}")).isEqualTo("tools");
        assertThat(rejectedField("\"prompt\":\"q\",\"tools\":[{\"type\":\"function\",\"function\":{}}]"))
                .isEqualTo("tools[0].function.name");
    }

    @Test
    void errorsNeverEchoContent() {
        assertThatThrownBy(() -> generation("\"prompt\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"secret\"},42]}]"))
                .isInstanceOf(LineRejectedException.class).message().doesNotContain("secret").doesNotContain("42");
    }
}
