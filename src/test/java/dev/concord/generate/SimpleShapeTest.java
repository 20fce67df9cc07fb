package dev.concord.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SimpleShapeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GeneratorOptions OPTIONS = new GeneratorOptions(300, 4, AgentProfile.MIXED, LogShape.SIMPLE);

    @Test
    void everyRecordHasExactlyTheSimpleFields() throws IOException {
        List<JsonNode> records = records(Logs.generate(OPTIONS));

        assertThat(records).hasSize(300);
        for (JsonNode r : records) {
            List<String> fields = new ArrayList<>();
            r.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactly("id", "ts", "question", "answer", "sources", "feedback");
            assertThat(r.get("id").asText()).matches("(cr|sr)-\\d{6}");
            assertThat(r.get("question").asText()).isNotBlank();
            assertThat(r.get("answer").asText()).isNotBlank();
            assertThat(r.get("sources").isArray()).isTrue();
            JsonNode fb = r.get("feedback");
            if (!fb.isNull()) {
                assertThat(fb.get("rating").asText()).isIn("up", "down");
                assertThat(fb.get("correction").isNull() || fb.get("correction").isTextual()).isTrue();
                if (fb.get("rating").asText().equals("up")) {
                    assertThat(fb.get("correction").isNull()).isTrue();
                }
            }
        }
    }

    @Test
    void recordsCoverUpVotesDownVotesCorrectionsAndNoFeedback() throws IOException {
        List<JsonNode> records = records(Logs.generate(OPTIONS));
        Set<String> kinds = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode r : records) {
            ids.add(r.get("id").asText());
            JsonNode fb = r.get("feedback");
            kinds.add(fb.isNull() ? "none" : fb.get("rating").asText() + (fb.get("correction").isNull() ? "" : "+correction"));
        }

        assertThat(kinds).containsExactlyInAnyOrder("none", "up", "down", "down+correction");
        assertThat(ids).hasSize(records.size());
    }

    @Test
    void summaryCountsRecords() throws IOException {
        StringWriter out = new StringWriter();
        GenerationSummary summary = new LogGenerator(OPTIONS).write(out);

        assertThat(summary.lines()).isEqualTo(300);
        assertThat(summary.eventsByType()).containsOnlyKeys("record").containsValue(300L);
        assertThat(out.toString()).isEqualTo(Logs.generate(OPTIONS));
    }

    private static List<JsonNode> records(String log) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : log.split("\n")) {
            out.add(JSON.readTree(line));
        }
        return out;
    }
}
