package dev.concord.ingest.formats;

import dev.concord.ingest.LogFormat;
import dev.concord.ingest.ReadFormats;
import dev.concord.model.Generation;
import dev.concord.model.Message;
import dev.concord.model.Rating;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.concord.ingest.ReadFormats.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MappedAdapterTest {
    @TempDir
    Path dir;

    @Test
    void aYamlMappingReadsATeamsOwnLogWithItsRatingScale() throws Exception {
        Mapping m = Mapping.read(fixture("mapped/mapping.yaml"));
        ReadFormats r = ReadFormats.read(fixture("mapped/chat-log.jsonl"), LogFormat.MAPPED, FeedbackOptions.defaults(), m);
        assertThat(r.rejections).isEmpty();
        assertThat(r.generations).extracting(Generation::id).containsExactly("m-1", "m-2", "m-3");
        Generation first = r.generation("m-1");
        assertThat(first.session()).isEqualTo("c-100");
        assertThat(first.model()).isEqualTo("claude-3-5-sonnet");
        assertThat(first.prompt()).containsExactly(new Message("system", "You help with invoices."),
                new Message("user", "How do I download an invoice?"));
        assertThat(first.output()).isEqualTo("Open Billing, then Invoices, then Download.");
        assertThat(r.signals).extracting(s -> s.generation() + ":" + s.rating())
                .containsExactly("m-1:UP", "m-2:DOWN");
        assertThat(r.signals.get(1).text()).isEqualTo("Credit notes are under Billing, then Credit notes.");
        assertThat(r.signals.get(1).comment()).isEqualTo("wrong");
    }

    @Test
    void aJsonMappingWithPointersAndUsualLabelsAndAnUnmappedRatingIsRejectedWholeByField() throws Exception {
        Path mapping = Files.writeString(dir.resolve("m.json"),
                "{\"id\":\"/id\",\"time\":\"ts\",\"question\":\"q\",\"answer\":\"a\",\"rating\":\"fb.thumbs\"}");
        Path log = Files.writeString(dir.resolve("log.jsonl"), """
                {"id":"1","ts":"2025-01-01T00:00:00Z","q":"Q1","a":"A1","fb":{"thumbs":"thumbs_down"}}
                {"id":"2","ts":"2025-01-01T00:00:00Z","q":"Q2","a":"A2","fb":{"thumbs":"meh"}}
                """);
        ReadFormats r = ReadFormats.read(log, LogFormat.MAPPED, FeedbackOptions.defaults(), Mapping.read(mapping));
        assertThat(r.generations).extracting(Generation::id).containsExactly("1");
        assertThat(r.signals).singleElement().extracting(s -> s.rating()).isEqualTo(Rating.DOWN);
        assertThat(r.rejections).singleElement().asString()
                .startsWith(log + ":2: field '/fb/thumbs': is no rating").doesNotContain("meh");
    }

    @Test
    void aMappingWithoutTheRequiredPathsOrWithAnUnknownKeyIsRefused() throws Exception {
        Path missing = Files.writeString(dir.resolve("a.yaml"), "id: x\nanswer: y\n");
        assertThatThrownBy(() -> Mapping.read(missing)).hasMessageContaining("needs id, time, answer and prompt or question");
        Path unknown = Files.writeString(dir.resolve("b.yaml"), "id: x\ntime: t\nanswer: y\nquestion: q\nsesion: s\n");
        assertThatThrownBy(() -> Mapping.read(unknown)).hasMessageContaining("unknown key 'sesion'");
    }

    @Test
    void openAiToolCallsOnMappedMessagesAndTheMappedToolsSurviveAndTheArgumentsAreRedacted() throws Exception {
        Path log = dir.resolve("tools.jsonl");
        Files.writeString(log, "{\"id\":\"m-9\",\"at\":\"2024-10-14T09:12:03Z\",\"msgs\":["
                + "{\"role\":\"user\",\"content\":\"Where is it?\"},"
                + "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"" + ToolTurns.CALL_ID
                + "\",\"type\":\"function\",\"function\":{\"name\":\"order_lookup\",\"arguments\":"
                + ToolTurns.JSON.writeValueAsString(ToolTurns.ARGUMENTS) + "}}]},"
                + "{\"role\":\"tool\",\"tool_call_id\":\"" + ToolTurns.CALL_ID + "\",\"content\":"
                + ToolTurns.JSON.writeValueAsString(ToolTurns.RESULT) + "}],"
                + "\"fns\":[" + ToolTurns.TOOL + "],\"reply\":\"On its way.\"}\n");
        Mapping m = Mapping.of(ToolTurns.json("{\"id\":\"id\",\"time\":\"at\",\"prompt\":\"msgs\",\"tools\":\"fns\","
                + "\"answer\":\"reply\"}"), "m");

        ReadFormats r = ReadFormats.read(log, LogFormat.MAPPED, FeedbackOptions.defaults(), m);

        assertThat(r.rejections).isEmpty();
        ToolTurns.assertToolTurnSurvives(r.generation("m-9"), true);
    }
}
