package dev.concord.curate;

import dev.concord.review.Adjudication;
import dev.concord.review.Review;
import dev.concord.review.Reviews;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one answer to "accepted, and if not why" (Verdict.reasons) and the leads' queue built on it. */
class LeadsQueueTest {
    private final ConsensusEvaluator rules = new ConsensusEvaluator(ConsensusPolicy.defaults());

    private static Review vote(String who, String label, String correction) {
        return Reviews.vote(who, label, correction, null, null, false);
    }

    private static Review picks(String who, Integer best, Integer worst, boolean none) {
        return Reviews.vote(who, "wrong", null, best, worst, none);
    }

    @Test
    void aBadAnswerNobodyCorrectedIsAcceptedAsAgreedBad() {
        Verdict v = rules.evaluate(1, List.of(vote("a", "wrong", null), vote("b", "wrong", null)), null);
        assertThat(((Verdict.Agreed) v).correctionStatus()).isEqualTo(Verdict.CorrectionStatus.NONE_GIVEN);
        assertThat(v.reasons()).isEmpty();
        assertThat(v.accepted()).isTrue();
        assertThat(v.disputed()).isFalse();
    }

    @Test
    void agreedLabelsWithDisagreeingCorrectionsOrPicksAreNotAccepted() {
        Verdict fixes = rules.evaluate(1, List.of(vote("a", "wrong", "Paris is the capital of France."),
                vote("b", "wrong", "Use a hash map; lookups are constant time.")), null);
        assertThat(fixes).isInstanceOf(Verdict.Agreed.class);
        assertThat(fixes.reasons()).containsExactly(ExclusionReason.CORRECTIONS_DISAGREE);
        assertThat(fixes.disputed()).isTrue();
        Verdict chain = rules.evaluate(3, List.of(picks("a", 0, 2, false), picks("b", null, 1, true)), null);
        assertThat(chain.reasons()).containsExactly(ExclusionReason.PICKS_DISAGREE);
        assertThat(chain.detail(ExclusionReason.PICKS_DISAGREE)).isEqualTo("no DPO pair from the picks");
    }

    @Test
    void tooFewReviewsIsNotALeadsBusiness() {
        Verdict v = rules.evaluate(1, List.of(vote("a", "good", null)), null);
        assertThat(v.reasons()).containsExactly(ExclusionReason.TOO_FEW_REVIEWS);
        assertThat(v.disputed()).isFalse();
    }

    @Test
    void aLeadsDecisionSettlesTheItemUnlessItSaysNeedsExpert() {
        List<Review> split = List.of(vote("a", "good", null), vote("b", "wrong", null));
        assertThat(rules.evaluate(1, split, Reviews.decision("lea", "wrong", "fixed", null, null)).accepted()).isTrue();
        Verdict expert = rules.evaluate(1, split, Reviews.decision("lea", "needs-expert", null, null, null));
        assertThat(expert.reasons()).containsExactly(ExclusionReason.NEEDS_EXPERT);
        assertThat(expert.disputed()).isTrue();
    }

    @Test
    void queueKeepsDisputedItemsMostDisagreedFirst() {
        LeadsQueue q = new LeadsQueue(ConsensusPolicy.defaults(), false);
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        q.offer("fix", "q", t, 1, List.of(vote("a", "wrong", "one two three"), vote("b", "wrong", "four five six")), null);
        q.offer("both", "q", t.plusSeconds(9), 3, List.of(Reviews.vote("a", "wrong", "alpha", 0, 1, false),
                Reviews.vote("b", "wrong", "omega", 2, 1, false)), null);
        q.offer("half", "q", t.plusSeconds(5), 1, List.of(vote("a", "good", null), vote("b", "wrong", null)), null);
        q.offer("third", "q", t.plusSeconds(6), 1, List.of(vote("a", "good", null), vote("b", "wrong", null),
                vote("c", "style", null)), null);
        q.offer("older-half", "q", t.plusSeconds(1), 1, List.of(vote("a", "style", null), vote("b", "wrong", null)), null);
        q.offer("expert", "q", t, 1, List.of(vote("a", "needs-expert", null), vote("b", "needs-expert", null)), null);
        q.offer("agreed", "q", t, 1, List.of(vote("a", "good", null), vote("b", "good", null)), null);
        q.offer("few", "q", t, 1, List.of(vote("a", "good", null)), null);
        q.offer("decided", "q", t, 1, List.of(vote("a", "good", null), vote("b", "wrong", null)),
                Reviews.decision("lea", "good", null, null, null));
        List<Disagreement> out = q.sorted();
        assertThat(out).extracting(Disagreement::itemId)
                .containsExactly("third", "older-half", "half", "expert", "both", "fix");
        assertThat(out.get(0).majorityShare()).isEqualTo(1 / 3.0);
        assertThat(out.get(4).reasons()).containsExactly(ExclusionReason.CORRECTIONS_DISAGREE, ExclusionReason.PICKS_DISAGREE);
        assertThat(out).allSatisfy(d -> assertThat(d.excluded()).isEqualTo(d.reasons()));
    }

    @Test
    void decidedItemsFollowWithWhatTheReviewsSaidAndWhatExportSaysNow() {
        LeadsQueue q = new LeadsQueue(ConsensusPolicy.defaults(), true);
        Instant t = Instant.EPOCH;
        List<Review> split = List.of(vote("a", "good", null), vote("b", "wrong", null));
        Adjudication expert = Reviews.decision("lea", "needs-expert", null, null, null);
        q.offer("settled", "q", t, 1, split, Reviews.decision("lea", "good", null, null, null));
        q.offer("expert", "q", t, 1, split, expert);
        q.offer("open", "q", t.plusSeconds(1), 1, split, null);
        List<Disagreement> out = q.sorted();
        assertThat(out).extracting(Disagreement::itemId).containsExactly("open", "expert", "settled");
        assertThat(out.get(2).reasons()).containsExactly(ExclusionReason.LABELS_DISAGREE);
        assertThat(out.get(2).excluded()).isEmpty();
        assertThat(out.get(1).excluded()).containsExactly(ExclusionReason.NEEDS_EXPERT);
        assertThat(out.get(1).decidedBy()).isEqualTo("lea");
    }
}
