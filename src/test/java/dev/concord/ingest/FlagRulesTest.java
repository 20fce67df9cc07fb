package dev.concord.ingest;

import dev.concord.model.FlagReason;
import dev.concord.model.FlaggedItem;
import dev.concord.model.SessionLog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.concord.ingest.Logs.log;
import static org.assertj.core.api.Assertions.assertThat;

class FlagRulesTest {
    private final FlagRules rules = new FlagRules();

    private List<FlaggedItem> flag(Logs logs) throws Exception {
        SessionLog s = Sessions.of(logs);
        return rules.flag(s, Lineage.chains(s));
    }

    @Test
    void flagsThumbsDownWithoutCorrection() throws Exception {
        List<FlaggedItem> items = flag(log().generation("g1", "s1", "q", "a").down("g1"));
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo("fi-g1");
            assertThat(i.reasons()).containsExactly(FlagReason.DOWNVOTE_NO_CORRECTION);
            assertThat(i.attempts()).hasSize(1);
        });
    }

    @Test
    void doesNotFlagThumbsDownWithCorrection() throws Exception {
        assertThat(flag(log().generation("g1", "s1", "q", "a").downWithCorrection("g1", "better"))).isEmpty();
    }

    @Test
    void flagsChainWithThreeRegenerationsAsOneItemHoldingEveryAttempt() throws Exception {
        List<FlaggedItem> items = flag(log().generation("g1", "s1", "q", "a1").retry("g2", "s1", "g1", "a2")
                .retry("g3", "s1", "g2", "a3").retry("g4", "s1", "g3", "a4").copy("g4").end("s1", "completed"));
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.reasons()).containsExactly(FlagReason.MANY_REGENERATIONS);
            assertThat(i.attempts()).extracting(a -> a.output()).containsExactly("a1", "a2", "a3", "a4");
            assertThat(i.attempts().get(3).copied()).isTrue();
            assertThat(i.id()).isEqualTo("fi-g1");
        });
    }

    @Test
    void twoRegenerationsAreBelowTheDefaultThresholdButNotAConfiguredOne() throws Exception {
        Logs logs = log().generation("g1", "s1", "q", "a1").retry("g2", "s1", "g1", "a2").retry("g3", "s1", "g2", "a3");
        assertThat(flag(logs)).isEmpty();
        SessionLog s = Sessions.of(logs);
        assertThat(new FlagRules(2).flag(s, Lineage.chains(s))).singleElement()
                .satisfies(i -> assertThat(i.reasons()).containsExactly(FlagReason.MANY_REGENERATIONS));
    }

    @Test
    void regenerateRequestsCountEvenWhenTheRetryWasNeverLogged() throws Exception {
        assertThat(flag(log().generation("g1", "s1", "q", "a1").regenerateRequest("g1").regenerateRequest("g1")
                .regenerateRequest("g1"))).singleElement()
                .satisfies(i -> assertThat(i.reasons()).contains(FlagReason.MANY_REGENERATIONS));
    }

    @Test
    void flagsAbandonedSessionWhoseLastGenerationWasDownVoted() throws Exception {
        List<FlaggedItem> items = flag(log().generation("g1", "s1", "q1", "fine").up("g1")
                .generation("g2", "s1", "q2", "bad").downWithCorrection("g2", "right answer").end("s1", "abandoned"));
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo("fi-g2");
            assertThat(i.reasons()).containsExactly(FlagReason.ABANDONED_AFTER_FAILURE);
        });
    }

    @Test
    void flagsAbandonedSessionWhoseLastGenerationWasRegenerated() throws Exception {
        assertThat(flag(log().generation("g1", "s1", "q", "a1").regenerateRequest("g1").end("s1", "abandoned")))
                .singleElement().satisfies(i -> assertThat(i.reasons()).containsExactly(FlagReason.ABANDONED_AFTER_FAILURE));
    }

    @Test
    void doesNotFlagAbandonedSessionThatEndedWell() throws Exception {
        assertThat(flag(log().generation("g1", "s1", "q", "a").up("g1").end("s1", "abandoned"))).isEmpty();
    }

    @Test
    void keepsEveryReasonOfAnItem() throws Exception {
        List<FlaggedItem> items = flag(log().generation("g1", "s1", "q", "a1").retry("g2", "s1", "g1", "a2")
                .retry("g3", "s1", "g2", "a3").retry("g4", "s1", "g3", "a4").down("g4").end("s1", "abandoned"));
        assertThat(items).singleElement().satisfies(i -> assertThat(i.reasons()).containsExactlyInAnyOrder(
                FlagReason.DOWNVOTE_NO_CORRECTION, FlagReason.MANY_REGENERATIONS, FlagReason.ABANDONED_AFTER_FAILURE));
    }

    @Test
    void laterFeedbackReplacesEarlierFeedback() throws Exception {
        assertThat(flag(log().generation("g1", "s1", "q", "a").down("g1").up("g1"))).isEmpty();
    }
}
