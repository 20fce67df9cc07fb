package dev.concord.generate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The signals curation derives must be present, consistent and in realistic proportions. */
class LogSignalsTest {
    private static LogStats stats;
    private static List<List<String>> chains;

    @BeforeAll
    static void generate() {
        stats = LogStats.of(Logs.mixed());
        chains = stats.chains();
    }

    @Test
    void everyReactionNamesAGenerationInTheFile() {
        long reactions = 0;
        for (JsonNode n : stats.lines) {
            if (n.has("generation")) {
                reactions++;
                assertThat(stats.generations).as("target of %s", n).containsKey(n.get("generation").asText());
            }
        }
        assertThat(reactions).isGreaterThan(stats.count("generation") / 2);
    }

    @Test
    void everyRetryNamesAnEarlierAttemptOfTheSameSessionThatWasRegenerated() {
        long retries = 0;
        for (JsonNode g : stats.generations.values()) {
            if (!g.hasNonNull("regenerates")) {
                continue;
            }
            retries++;
            JsonNode previous = stats.generations.get(g.get("regenerates").asText());
            assertThat(previous).as("attempt before %s", g.get("id")).isNotNull();
            assertThat(previous.get("session").asText()).isEqualTo(g.get("session").asText());
            assertThat(ts(previous)).isBefore(ts(g));
            assertThat(previous.get("prompt")).isEqualTo(g.get("prompt"));
            assertThat(stats.regenerated).contains(previous.get("id").asText());
        }
        assertThat(retries).isPositive().isEqualTo(stats.count("regenerate") - abandonedRegenerations());
    }

    private static long abandonedRegenerations() {
        Set<String> retried = new HashSet<>();
        stats.generations.values().forEach(g -> {
            if (g.hasNonNull("regenerates")) {
                retried.add(g.get("regenerates").asText());
            }
        });
        return stats.regenerated.stream().filter(id -> !retried.contains(id)).count();
    }

    @Test
    void retryChainsOfFourOrMoreAttemptsExistAndTheirAttemptsDiffer() {
        List<List<String>> retried = chains.stream().filter(c -> c.size() >= 2).toList();
        List<List<String>> long4 = retried.stream().filter(c -> c.size() >= 4).toList();

        assertThat(long4).isNotEmpty();
        assertThat((double) long4.size() / retried.size()).isBetween(0.2, 0.5);
        for (List<String> chain : retried) {
            Set<String> outputs = new HashSet<>();
            chain.forEach(id -> outputs.add(stats.generations.get(id).get("output").asText()));
            assertThat(outputs).as("outputs of chain %s", chain).hasSize(chain.size());
        }
        assertThat(retried.stream().filter(stats::accepted).count()).isGreaterThan(retried.size() / 2);
    }

    @Test
    void abandonedSessionsExistAndSomeEndAfterAFailure() {
        double share = (double) stats.abandoned() / stats.ends.size();

        assertThat(share).isBetween(0.05, 0.16);
        assertThat(stats.abandonedAfterFailure()).isPositive().isLessThan(stats.abandoned());
    }

    @Test
    void signalsComeInRealisticProportionsPerTurn() {
        double turns = chains.size();

        assertThat(stats.upVotes() / turns).isBetween(0.28, 0.45);
        assertThat(stats.downVotes(false) / turns).isBetween(0.12, 0.30);
        assertThat(stats.downVotes(true) / turns).isBetween(0.05, 0.12);
        assertThat(stats.count("edit") / turns).isBetween(0.05, 0.12);
        assertThat(chains.stream().filter(c -> c.size() > 1).count() / turns).isBetween(0.06, 0.14);
        assertThat(stats.count("copy")).isPositive();
        assertThat(stats.sessionsWithoutFeedback()).isPositive();
        assertThat(stats.multiTurnSessions() / (double) stats.ends.size()).isBetween(0.25, 0.55);
    }

    @Test
    void editsAreMostlyMeaningfulButSomeOnlyTouchWhitespaceOrPunctuation() {
        long trivial = stats.trivialEdits();

        assertThat(trivial).isPositive();
        assertThat(stats.count("edit") - trivial).isGreaterThan(trivial);
    }

    @Test
    void laterTurnsCarryTheEarlierTurnsInTheirPrompt() {
        Map<String, List<JsonNode>> heads = new HashMap<>();
        for (List<String> chain : chains) {
            JsonNode head = stats.generations.get(chain.get(0));
            heads.computeIfAbsent(head.get("session").asText(), k -> new ArrayList<>()).add(head);
        }
        int checked = 0;
        for (List<JsonNode> turns : heads.values()) {
            for (int t = 1; t < turns.size(); t++) {
                JsonNode prompt = turns.get(t).get("prompt");
                JsonNode earlier = turns.get(t - 1).get("prompt");
                assertThat(prompt.size()).isGreaterThanOrEqualTo(earlier.size() + 2);
                for (int m = 0; m < earlier.size(); m++) {
                    assertThat(prompt.get(m)).isEqualTo(earlier.get(m));
                }
                assertThat(prompt.get(earlier.size()).get("role").asText()).isEqualTo("assistant");
                assertThat(prompt.get(earlier.size()).get("content").isTextual()).isTrue();
                assertThat(prompt.get(earlier.size() + 1).get("role").asText()).isEqualTo("user");
                for (int m = earlier.size() + 2; m < prompt.size(); m += 2) {
                    assertThat(prompt.get(m).get("tool_calls").get(0).get("id").asText())
                            .isEqualTo(prompt.get(m + 1).get("tool_call_id").asText());
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(50);
    }

    @Test
    void personalDataAppearsInSomeLinesOfEveryKind() {
        String log = Logs.mixed();

        assertThat((double) stats.linesWithPii / stats.lines.size()).isBetween(0.01, 0.25);
        assertThat(log).containsPattern("[a-z0-9._]+@[a-z0-9.-]+\\.[a-z]{2,}")
                .containsPattern("AKIA[A-Z2-7]{16}").containsPattern("sk-[A-Za-z0-9-]{30,}")
                .containsPattern("ghp_[A-Za-z0-9]{36}").contains("password=")
                .containsPattern("\\+44 20 7946 0\\d{3}|\\(\\d{3}\\) 555-01\\d{2}")
                .containsPattern("2001:db8:");
        assertThat(LogStats.hasCard(log)).isTrue();
    }

    @Test
    void containsLookAlikesThatAreNotPersonalData() {
        String log = Logs.mixed();

        assertThat(log).containsPattern("[A-Z][A-Za-z]+\\.java:\\d+")
                .containsPattern("\\b\\d+\\.\\d+\\.\\d+\\b")
                .containsPattern("BW-\\d{7}")
                .containsPattern("port \\d{4}|:\\d{4}")
                .containsPattern("[£€$]\\d+\\.\\d\\d");
    }

    @Test
    void aFewLinesComeOutOfOrderAndSomeSessionsInterleave() {
        long early = stats.reactionsBeforeTheirGeneration();
        long interleaved = stats.interleavedSessions();

        assertThat(early).isPositive().isLessThan(stats.lines.size() / 30);
        assertThat(interleaved).isPositive().isLessThan(stats.ends.size() / 5);
    }

    @Test
    void eachSessionsLinesAreInTimeOrderAndEndWithSessionEnd() {
        Map<String, JsonNode> lastLine = new HashMap<>();
        for (int i = 0; i < stats.lines.size(); i++) {
            JsonNode n = stats.lines.get(i);
            if (n.has("generation")) {
                assertThat(ts(n)).isAfterOrEqualTo(ts(stats.generations.get(n.get("generation").asText())));
                if (stats.generationLine.get(n.get("generation").asText()) > i) {
                    continue;
                }
            }
            JsonNode previous = lastLine.put(stats.sessionOf(n), n);
            if (previous != null) {
                assertThat(ts(n)).as("after %s", previous).isAfterOrEqualTo(ts(previous));
            }
        }
        assertThat(lastLine.values()).allSatisfy(n -> assertThat(n.get("type").asText()).isEqualTo("session_end"));
    }

    @Test
    void sessionsSpreadOverAboutSixWeeksBeforeTheTwentiethOfNovember() {
        Instant first = stats.lines.stream().map(LogSignalsTest::ts).min(Instant::compareTo).orElseThrow();
        Instant last = stats.lines.stream().map(LogSignalsTest::ts).max(Instant::compareTo).orElseThrow();

        assertThat(Duration.between(first, last).toDays()).isBetween(38L, 43L);
        assertThat(last).isBefore(Instant.parse("2026-11-20T06:00:00Z"));
    }

    @Test
    void firstQuestionsRarelyRepeatButSomeDo() {
        List<String> firstQuestions = chains.stream()
                .map(c -> stats.generations.get(c.get(0)))
                .filter(g -> !g.get("prompt").isArray() || g.get("prompt").size() == 2)
                .map(g -> g.get("prompt").isArray() ? g.get("prompt").get(1).get("content").asText() : g.get("prompt").asText())
                .toList();
        long distinct = new HashSet<>(firstQuestions).size();

        assertThat((double) distinct / firstQuestions.size()).isGreaterThan(0.8);
        assertThat(distinct).isLessThan(firstQuestions.size());
    }

    private static Instant ts(JsonNode n) {
        return Instant.parse(n.get("ts").asText());
    }
}
