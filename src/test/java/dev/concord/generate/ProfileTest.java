package dev.concord.generate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileTest {

    @Test
    void codingProfileWritesOnlyTheCodingAssistant() {
        LogStats stats = LogStats.of(Logs.generate(new GeneratorOptions(200, 8, AgentProfile.CODING, LogShape.EVENTS)));

        assertThat(stats.byModel.keySet()).containsExactlyInAnyOrder("code-helper-v2", "code-helper-v3");
        for (JsonNode n : stats.lines) {
            assertThat(stats.sessionOf(n)).startsWith("cs-");
        }
        assertThat(stats.generations.keySet()).allMatch(id -> id.startsWith("cg-"));
    }

    @Test
    void supportProfileWritesOnlyTheSupportAssistant() {
        LogStats stats = LogStats.of(Logs.generate(new GeneratorOptions(200, 8, AgentProfile.SUPPORT, LogShape.EVENTS)));

        assertThat(stats.byModel.keySet()).containsExactly("support-bot-v1");
        assertThat(stats.generations.keySet()).allMatch(id -> id.startsWith("sp-"));
        assertThat(stats.ends.keySet()).allMatch(id -> id.startsWith("ss-"));
    }

    @Test
    void mixedProfileWritesBothInRoughlyEqualShares() {
        LogStats stats = LogStats.of(Logs.mixed());
        long coding = stats.ends.keySet().stream().filter(id -> id.startsWith("cs-")).count();

        assertThat((double) coding / stats.ends.size()).isBetween(0.45, 0.65);
    }

    @Test
    void codeHelperV3ReplacesV2OverTheWeeks() {
        LogStats stats = LogStats.of(Logs.generate(new GeneratorOptions(400, 8, AgentProfile.CODING, LogShape.EVENTS)));
        String rollout = "2026-10-28";

        assertThat(stats.generations.values()).filteredOn(g -> g.get("ts").asText().compareTo(rollout) < 0)
                .allMatch(g -> g.get("model").asText().equals("code-helper-v2"));
        assertThat(stats.generations.values()).filteredOn(g -> g.get("ts").asText().compareTo("2026-11-06") > 0)
                .extracting(g -> g.get("model").asText()).contains("code-helper-v3");
    }
}
