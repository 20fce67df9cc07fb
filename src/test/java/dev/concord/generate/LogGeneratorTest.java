package dev.concord.generate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LogGeneratorTest {
    private static final Map<String, Set<String>> ALLOWED_FIELDS = Map.of(
            "generation", Set.of("type", "id", "session", "ts", "model", "regenerates", "prompt", "output", "sources",
                    "tools"),
            "regenerate", Set.of("type", "generation", "ts"),
            "feedback", Set.of("type", "generation", "ts", "rating", "correction", "comment"),
            "edit", Set.of("type", "generation", "ts", "text"),
            "copy", Set.of("type", "generation", "ts"),
            "session_end", Set.of("type", "session", "ts", "outcome"));

    @Test
    void sameOptionsGiveByteIdenticalLogs() throws IOException {
        GeneratorOptions options = GeneratorOptions.defaults(300, 99);
        StringWriter first = new StringWriter();
        StringWriter second = new StringWriter();
        new LogGenerator(options).write(first);
        new LogGenerator(options).write(second);

        assertThat(second.toString()).isEqualTo(first.toString());
    }

    @Test
    void differentSeedsGiveDifferentLogs() {
        String a = Logs.generate(GeneratorOptions.defaults(100, 1));
        String b = Logs.generate(GeneratorOptions.defaults(100, 2));

        assertThat(a).isNotEqualTo(b);
        assertThat(a.lines().limit(20)).isNotEqualTo(b.lines().limit(20).toList());
    }

    @Test
    void outputStreamGivesTheSameUtf8BytesAsWriter() throws IOException {
        GeneratorOptions options = GeneratorOptions.defaults(200, 5);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new LogGenerator(options).write(bytes);

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(Logs.generate(options));
        assertThat(Logs.generate(options)).contains("€").contains("–");
    }

    @Test
    void everyLineIsOneJsonObjectWithTheFieldsItsTypeRequires() {
        String log = Logs.mixed();
        assertThat(log).endsWith("\n").doesNotContain("\r");
        LogStats stats = LogStats.of(log);

        for (JsonNode n : stats.lines) {
            String type = n.path("type").asText();
            assertThat(ALLOWED_FIELDS).as("type of %s", n).containsKey(type);
            Set<String> fields = new HashSet<>();
            n.fieldNames().forEachRemaining(fields::add);
            assertThat(ALLOWED_FIELDS.get(type)).as("fields of %s", n).containsAll(fields);
            assertThat(Instant.parse(n.get("ts").asText())).isBetween(
                    Instant.parse("2026-10-01T00:00:00Z"), Instant.parse("2026-11-21T00:00:00Z"));
            assertThat(n.get("ts").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
            switch (type) {
                case "generation" -> assertGeneration(n);
                case "feedback" -> {
                    assertThat(n.get("rating").asText()).isIn("up", "down");
                    assertThat(n.path("correction").isMissingNode() || n.get("correction").isNull()
                            || n.get("correction").isTextual()).isTrue();
                }
                case "edit" -> assertThat(n.get("text").asText()).isNotBlank();
                case "session_end" -> assertThat(n.get("outcome").asText()).isIn("completed", "abandoned");
                default -> assertThat(n.get("generation").asText()).isNotBlank();
            }
        }
    }

    private static void assertGeneration(JsonNode n) {
        assertThat(n.get("id").asText()).matches("(cg|sp)-\\d{6,}");
        assertThat(n.get("session").asText()).matches("(cs|ss)-\\d{5,}");
        assertThat(n.get("model").asText()).isIn("code-helper-v2", "code-helper-v3", "support-bot-v1");
        assertThat(n.get("output").asText()).isNotBlank();
        JsonNode prompt = n.get("prompt");
        if (prompt.isArray()) {
            assertThat(prompt.get(0).get("role").asText()).isEqualTo("system");
            assertThat(prompt.get(prompt.size() - 1).get("role").asText()).isIn("user", "tool");
            prompt.forEach(m -> assertThat(m.get("role").asText()).isIn("system", "user", "assistant", "tool"));
            prompt.forEach(m -> assertThat(m.get("content").isTextual() || m.has("tool_calls")).as("%s", m).isTrue());
            assertThat(n.has("tools")).isEqualTo(prompt.findValue("tool_calls") != null);
        } else {
            assertThat(prompt.isTextual()).as("prompt of %s", n.get("id")).isTrue();
        }
        if (n.has("sources")) {
            assertThat(n.get("sources").isArray() && n.get("sources").size() > 0).isTrue();
        }
    }

    @Test
    void everyEventKindAppears() {
        LogStats stats = LogStats.of(Logs.mixed());

        assertThat(stats.byType.keySet())
                .containsExactlyInAnyOrder("generation", "regenerate", "feedback", "edit", "copy", "session_end");
        assertThat(stats.byModel.keySet()).containsExactlyInAnyOrder("code-helper-v2", "code-helper-v3", "support-bot-v1");
        assertThat(stats.plainPromptCount()).isPositive();
    }

    @Test
    void summaryCountsWhatWasWritten() throws IOException {
        StringWriter out = new StringWriter();
        GenerationSummary summary = new LogGenerator(GeneratorOptions.defaults(150, 3)).write(out);
        LogStats stats = LogStats.of(out.toString());

        assertThat(summary.sessions()).isEqualTo(150);
        assertThat(summary.lines()).isEqualTo(out.toString().lines().count());
        assertThat(summary.eventsByType()).isEqualTo(stats.byType);
        assertThat(summary.count("generation")).isEqualTo(stats.count("generation")).isPositive();
        assertThat(summary.count("no-such-type")).isZero();
    }

    @Test
    void requestedSessionCountIsHonoured() {
        for (int n : List.of(1, 7, 250)) {
            LogStats stats = LogStats.of(Logs.generate(GeneratorOptions.defaults(n, 21)));
            Set<String> sessions = new HashSet<>();
            stats.lines.forEach(l -> sessions.add(stats.sessionOf(l)));

            assertThat(sessions).as("sessions for %d", n).hasSize(n);
            assertThat(stats.ends).hasSize(n);
        }
    }

    @Test
    void idsAreUniqueWithinTheFile() {
        LogStats stats = LogStats.of(Logs.mixed());

        assertThat(stats.generations).hasSize((int) stats.count("generation"));
        assertThat(stats.ends).hasSize((int) stats.count("session_end"));
    }

    @Test
    void rejectsNonsenseOptions() {
        assertThatThrownBy(() -> GeneratorOptions.defaults(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeneratorOptions(5, 1, null, LogShape.EVENTS)).isInstanceOf(NullPointerException.class);
    }
}
