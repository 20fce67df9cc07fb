package dev.concord.ingest.formats;

import dev.concord.model.Message;
import dev.concord.model.ToolCall;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SourceMessageTest {
    @Test
    void nonTextPartsFollowTheTextAsTheSamePlaceholdersAsConcordsOwnFormat() {
        Message m = new SourceMessage("user", "What is this?", List.of(), null, null, List.of("image_url", "input_audio",
                "reasoning")).toMessage();
        assertThat(m.content()).isEqualTo("What is this?\n[image]\n[audio]\n[reasoning]");
    }

    @Test
    void toolCallsTheAnsweredCallAndTheNameAreCarried() {
        Message call = new SourceMessage("assistant", "", List.of(new SourceMessage.ToolCall("c1", "kb_search", "{\"q\":\"x\"}")),
                null, null, List.of()).toMessage();
        Message result = new SourceMessage("tool", "found", List.of(), "c1", "kb_search", List.of()).toMessage();
        assertThat(call).isEqualTo(Message.toolCalls("", List.of(new ToolCall("c1", "kb_search", "{\"q\":\"x\"}"))));
        assertThat(result).isEqualTo(Message.toolResult("c1", "kb_search", "found"));
    }
}
