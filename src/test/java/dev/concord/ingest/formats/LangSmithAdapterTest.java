package dev.concord.ingest.formats;

import dev.concord.ingest.LogFormat;
import dev.concord.ingest.ReadFormats;
import dev.concord.model.Generation;
import dev.concord.model.Message;
import dev.concord.model.Rating;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static dev.concord.ingest.ReadFormats.fixture;
import static org.assertj.core.api.Assertions.assertThat;

class LangSmithAdapterTest {
    private static final String LLM = "2a1b6d3f-4c5e-4f6a-8b7c-8d9e0f1a2b3c";
    private static final String WRAPPED = "dc34609e-3eeb-459d-bc2a-6fedb01d2e6e";

    @Test
    void readsTheOpenAiWrapperRunOfTheSdkFixture() throws Exception {
        ReadFormats r = ReadFormats.read(fixture("langsmith/runs-and-feedback.jsonl"), LogFormat.AUTO);
        assertThat(r.result.format()).isEqualTo(LogFormat.LANGSMITH);
        assertThat(r.rejections).isEmpty();
        Generation g = r.generation(WRAPPED);
        assertThat(g.session()).as("no thread metadata: the trace").isEqualTo(WRAPPED);
        assertThat(g.model()).isEqualTo("gpt-4o-mini");
        assertThat(g.ts()).isEqualTo(Instant.parse("2024-10-13T07:05:37.170Z"));
        assertThat(g.prompt()).containsExactly(new Message("user", "howdy"));
        assertThat(g.output()).isEqualTo("Howdy! How can I assist you today?");
    }

    @Test
    void readsLangChainMessagesAndTakesTheThreadNotTheProjectAsSession() throws Exception {
        ReadFormats r = ReadFormats.read(fixture("langsmith/runs-and-feedback.jsonl"), LogFormat.LANGSMITH);
        Generation g = r.generation(LLM);
        assertThat(g.session()).isEqualTo("thread-7d2e");
        assertThat(g.model()).isEqualTo("gpt-4o");
        assertThat(g.prompt()).containsExactly(new Message("system", "You answer questions about our shop's policies."),
                new Message("user", "What is your refund window?"));
        assertThat(g.output()).isEqualTo("You can ask for a refund within 14 days of delivery.");
        assertThat(r.generations).as("the chain run is no generation").hasSize(2);
        assertThat(r.result.skipped()).isEqualTo(1);
    }

    @Test
    void feedbackOnTheRootRunReachesItsModelCallAndAModelsFeedbackIsNoThumbs() throws Exception {
        ReadFormats r = ReadFormats.read(fixture("langsmith/runs-and-feedback.jsonl"), LogFormat.LANGSMITH);
        assertThat(r.signals).hasSize(2);
        assertThat(r.signals.get(0).generation()).isEqualTo(LLM);
        assertThat(r.signals.get(0).rating()).isEqualTo(Rating.DOWN);
        assertThat(r.signals.get(0).text()).isEqualTo("You can ask for a refund within 30 days of delivery.");
        assertThat(r.signals.get(0).comment()).isEqualTo("It is 30 days since the policy change.");
        assertThat(r.signals.get(1).generation()).isEqualTo(WRAPPED);
        assertThat(r.signals.get(1).rating()).isEqualTo(Rating.UP);
        assertThat(r.result.evaluatorScores()).as("the LLM judge's correctness").isEqualTo(1);
        assertThat(r.scores).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("correctness");
            assertThat(s.value()).isEqualTo(1.0);
            assertThat(s.source()).isEqualTo("model");
            assertThat(s.comment()).isEqualTo("Matches the reference answer.");
            assertThat(r.generations).extracting(g -> g.id()).contains(s.generation());
        });
    }

    @Test
    void langChainToolCallsWithArgsAndInvocationToolsSurviveAndTheArgumentsAreRedacted() throws Exception {
        String run = "{\"id\":\"run-1\",\"name\":\"ChatOpenAI\",\"run_type\":\"llm\",\"start_time\":\"2024-10-14T09:12:03.3\","
                + "\"extra\":{\"invocation_params\":{\"model\":\"gpt-4o\",\"tools\":[" + ToolTurns.TOOL + "]}},"
                + "\"inputs\":{\"messages\":[[{\"lc\":1,\"type\":\"constructor\",\"id\":[\"langchain\",\"schema\",\"messages\",\"HumanMessage\"],"
                + "\"kwargs\":{\"content\":\"Where is it?\",\"type\":\"human\"}},"
                + "{\"lc\":1,\"type\":\"constructor\",\"id\":[\"langchain\",\"schema\",\"messages\",\"AIMessage\"],"
                + "\"kwargs\":{\"content\":\"\",\"type\":\"ai\",\"tool_calls\":[{\"name\":\"order_lookup\",\"args\":"
                + ToolTurns.ARGUMENTS + ",\"id\":\"" + ToolTurns.CALL_ID + "\",\"type\":\"tool_call\"}]}},"
                + "{\"lc\":1,\"type\":\"constructor\",\"id\":[\"langchain\",\"schema\",\"messages\",\"ToolMessage\"],"
                + "\"kwargs\":{\"content\":" + ToolTurns.JSON.writeValueAsString(ToolTurns.RESULT) + ",\"type\":\"tool\","
                + "\"tool_call_id\":\"" + ToolTurns.CALL_ID + "\"}}]]},"
                + "\"outputs\":{\"generations\":[[{\"text\":\"On its way.\",\"type\":\"ChatGeneration\"}]]},\"trace_id\":\"run-1\"}";

        Generation g = ToolTurns.readOne(run, LogFormat.LANGSMITH);

        ToolTurns.assertToolTurnSurvives(g, true);
        assertThat(g.output()).isEqualTo("On its way.");
    }

    @Test
    void anOpenAiWrapperAnswerThatOnlyCallsAToolKeepsTheCall() throws Exception {
        String run = "{\"id\":\"run-2\",\"name\":\"ChatOpenAI\",\"run_type\":\"llm\",\"start_time\":\"2024-10-14T09:12:03.3\","
                + "\"inputs\":{\"messages\":[{\"role\":\"user\",\"content\":\"Where is it?\"}]},"
                + "\"outputs\":{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\""
                + ToolTurns.CALL_ID + "\",\"type\":\"function\",\"function\":{\"name\":\"order_lookup\",\"arguments\":"
                + ToolTurns.JSON.writeValueAsString(ToolTurns.ARGUMENTS) + "}}]}}]},\"trace_id\":\"run-2\"}";

        ToolTurns.assertAnswerCallSurvives(ToolTurns.readOne(run, LogFormat.LANGSMITH));
    }
}
