package dev.concord.generate;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The templates and text helpers the generator builds its content from. */
class ContentTest {
    private static final List<AgentContent> AGENTS = List.of(new CodingAgent(), new SupportAgent());
    private static final long DAY = Instant.parse("2026-11-03T10:15:00Z").getEpochSecond();

    @Test
    void everyTemplateOfEveryScenarioHasItsSlotsFilled() {
        int rendered = 0;
        for (AgentContent agent : AGENTS) {
            for (Scenario scenario : agent.scenarios()) {
                for (int seed = 0; seed < 25; seed++) {
                    Slots s = slots(agent, seed);
                    scenario.open(s);
                    Pii.fill(s);
                    List<Template> all = new ArrayList<>(scenario.templates());
                    agent.genericFollowUps().forEach(f -> all.add(f.answer()));
                    all.addAll(agent.closers());
                    for (Template t : all) {
                        assertThat(t.render(s)).as("%s in %s", t.slotNames(), scenario.key()).doesNotContain("{{");
                        rendered++;
                    }
                    assertThat(s.get("topic")).as("topic of %s", scenario.key()).isNotBlank();
                    assertThat(s.get("why")).as("why of %s", scenario.key()).isNotBlank();
                }
            }
        }
        assertThat(rendered).isGreaterThan(5000);
    }

    @Test
    void eachAssistantHasManyScenariosAndFollowUps() {
        for (AgentContent agent : AGENTS) {
            assertThat(agent.scenarios()).hasSizeGreaterThanOrEqualTo(10);
            Set<String> keys = new HashSet<>();
            agent.scenarios().forEach(s -> keys.add(s.key()));
            assertThat(keys).hasSize(agent.scenarios().size());
            assertThat(agent.genericFollowUps()).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void wrongAttemptsOfOneExchangeNeverRepeatAndDifferFromTheAnswer() {
        for (AgentContent agent : AGENTS) {
            for (Scenario scenario : agent.scenarios()) {
                Exchange ex = scenario.open(slots(agent, 3));
                Set<String> texts = new HashSet<>();
                for (int attempt = 0; attempt < 8; attempt++) {
                    texts.add(ex.wrong(attempt));
                }
                assertThat(texts).as(scenario.key()).hasSize(8).doesNotContain(ex.answer(0));
            }
        }
    }

    @Test
    void trivialEditsChangeOnlyWhitespacePunctuationOrCase() {
        SplittableRandom rng = new SplittableRandom(1);
        for (AgentContent agent : AGENTS) {
            for (Scenario scenario : agent.scenarios()) {
                String answer = scenario.open(slots(agent, 9)).answer(0);
                for (int i = 0; i < 12; i++) {
                    String edited = TextEdits.trivial(answer, rng);
                    assertThat(edited).isNotEqualTo(answer);
                    assertThat(LogStats.normalize(edited)).isEqualTo(LogStats.normalize(answer));
                }
            }
        }
    }

    @Test
    void meaningfulEditsChangeTheWordsOfTheAnswer() {
        for (AgentContent agent : AGENTS) {
            for (Scenario scenario : agent.scenarios()) {
                for (int seed = 0; seed < 6; seed++) {
                    Slots s = slots(agent, seed);
                    String answer = scenario.open(s).answer(0);
                    assertThat(LogStats.normalize(agent.meaningfulEdit(answer, s)))
                            .as(scenario.key()).isNotEqualTo(LogStats.normalize(answer));
                }
            }
        }
    }

    @Test
    void testCardNumbersAreLuhnValid() {
        assertThat(Pii.TEST_CARDS).allMatch(c -> LogStats.luhn(c.replace(" ", "")));
        assertThat(LogStats.luhn("4111111111111112")).isFalse();
    }

    @Test
    void timestampsAreFormattedLikeInstantToString() {
        IsoTimestamps iso = new IsoTimestamps();
        SplittableRandom rng = new SplittableRandom(2);
        for (int i = 0; i < 1000; i++) {
            long t = Timeline.START + rng.nextLong(60L * 86_400);
            assertThat(iso.format(t)).isEqualTo(Instant.ofEpochSecond(t).toString());
        }
    }

    @Test
    void sessionStartsNeverGoBackAndStayInsideTheSixWeeks() {
        Timeline timeline = new Timeline(5000);
        SplittableRandom rng = new SplittableRandom(3);
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < 5000; i++) {
            long start = timeline.start(i, rng.nextDouble());
            assertThat(start).isGreaterThanOrEqualTo(previous).isBetween(Timeline.START, Timeline.END);
            previous = start;
        }
    }

    @Test
    void templatesRenderSlotsAndRefuseMissingOnes() {
        Slots s = new Slots(new SplittableRandom(0)).put("cls", "OrderService").put("line", 42);
        Template t = Template.of("at {{cls}}.run({{cls}}.java:{{line}}) { body }");

        assertThat(t.render(s)).isEqualTo("at OrderService.run(OrderService.java:42) { body }");
        assertThatThrownBy(() -> Template.of("{{missing}}").render(s)).hasMessageContaining("missing");
    }

    private static Slots slots(AgentContent agent, int seed) {
        Slots s = new Slots(new SplittableRandom(seed));
        agent.fillSession(s, DAY + seed * 7_200L);
        return s;
    }
}
