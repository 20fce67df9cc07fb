package dev.concord.export;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LayoutCheckTest {
    @Test
    void acceptsEveryDocumentedExample() throws Exception {
        List<JsonNode> examples = LayoutCheck.read(Path.of("src/test/resources/export/layout-examples.jsonl"));
        assertThat(examples).hasSize(6);
        for (JsonNode e : examples) {
            assertThat(LayoutCheck.problems(e.get("layout").asText(), e.get("row"))).as(e.get("layout").asText()).isEmpty();
        }
    }

    @Test
    void rejectsRowsThatBreakTheRules() throws Exception {
        JsonNode twoPreferred = LayoutCheck.JSON.readTree("{\"input\":{\"messages\":[{\"role\":\"user\",\"content\":\"q\"}]},"
                + "\"preferred_output\":[{\"role\":\"assistant\",\"content\":\"a\"},{\"role\":\"assistant\",\"content\":\"b\"}],"
                + "\"non_preferred_output\":[{\"role\":\"assistant\",\"content\":\"c\"}]}");
        assertThat(LayoutCheck.problems("openai-dpo", twoPreferred)).containsExactly("preferred_output: must hold exactly one message");
        JsonNode endsWithAssistant = LayoutCheck.JSON.readTree("{\"prompt\":[{\"role\":\"assistant\",\"content\":\"q\"}],"
                + "\"completion\":[{\"role\":\"assistant\",\"content\":\"a\"}],\"label\":\"yes\"}");
        assertThat(LayoutCheck.problems("trl-kto", endsWithAssistant))
                .containsExactly("prompt: must end with a user turn or a tool result", "label: must be true or false");
        JsonNode extraKey = LayoutCheck.JSON.readTree("{\"messages\":[{\"role\":\"user\",\"content\":\"q\"},"
                + "{\"role\":\"assistant\",\"content\":\"a\"}],\"weight\":0.5}");
        assertThat(LayoutCheck.problems("openai-sft", extraKey)).containsExactly("weight: key not in the layout");
    }
}
