package dev.concord.curate;

import dev.concord.review.Adjudication;
import dev.concord.review.Review;
import dev.concord.review.Reviews;

import dev.concord.model.Attempt;
import dev.concord.model.FlagReason;
import dev.concord.model.FlaggedItem;
import dev.concord.model.Message;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ConsensusEvaluatorTest {
    private final ConsensusEvaluator rules = new ConsensusEvaluator(ConsensusPolicy.defaults());

    static ReviewedItem item(int attempts, Adjudication decision, Review... votes) {
        List<Attempt> list = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            list.add(new Attempt(i, "g" + i, Instant.EPOCH, "m", "answer " + i, null, null, false, false));
        }
        FlaggedItem fi = new FlaggedItem("fi-x", "s", Set.of(FlagReason.DOWNVOTE_NO_CORRECTION),
                List.of(Message.user("q")), list, Instant.EPOCH);
        return new ReviewedItem(fi, List.of(votes), decision);
    }

    static Review vote(String reviewer, String label) {
        return Reviews.vote(reviewer, label, null, null, null, false);
    }

    static Review fix(String reviewer, String correction) {
        return Reviews.vote(reviewer, "wrong", correction, null, null, false);
    }

    static Review picks(String reviewer, Integer best, Integer worst) {
        return Reviews.vote(reviewer, "wrong", null, best, worst, false);
    }

    static Verdict.Excluded excluded(Verdict v) {
        assertThat(v).isInstanceOf(Verdict.Excluded.class);
        return (Verdict.Excluded) v;
    }

    static Verdict.Agreed agreed(Verdict v) {
        assertThat(v).isInstanceOf(Verdict.Agreed.class);
        return (Verdict.Agreed) v;
    }

    @Test
    void oneReviewIsNotEnoughByDefault() {
        Verdict.Excluded x = excluded(rules.evaluate(item(1, null, vote("a", "good"))));
        assertThat(x.reason()).isEqualTo(ExclusionReason.TOO_FEW_REVIEWS);
        assertThat(x.detail()).isEqualTo("1 of 2 reviews");
    }

    @Test
    void twoReviewsMustBothAgree() {
        assertThat(excluded(rules.evaluate(item(1, null, vote("a", "good"), vote("b", "wrong")))).reason())
                .isEqualTo(ExclusionReason.LABELS_DISAGREE);
        Verdict.Agreed a = agreed(rules.evaluate(item(1, null, vote("a", "good"), vote("b", "good"))));
        assertThat(a.good()).isTrue();
        assertThat(a.provenance().agreement()).isEqualTo(1.0);
        assertThat(a.provenance().reviewers()).containsExactly("a", "b");
    }

    @Test
    void twoOfThreeAgreeIsEnoughButOneOfThreeIsNot() {
        Verdict.Agreed a = agreed(rules.evaluate(item(1, null, vote("a", "wrong"), vote("b", "style"), vote("c", "wrong"))));
        assertThat(a.label()).isEqualTo("wrong");
        assertThat(a.good()).isFalse();
        assertThat(a.provenance().agreement()).isEqualTo(2.0 / 3);
        assertThat(a.correctionStatus()).isEqualTo(Verdict.CorrectionStatus.NONE_GIVEN);
        assertThat(excluded(rules.evaluate(item(1, null, vote("a", "wrong"), vote("b", "style"), vote("c", "good"))))
                .reason()).isEqualTo(ExclusionReason.LABELS_DISAGREE);
    }

    @Test
    void fourReviewsNeedThreeUnderTwoThirds() {
        assertThat(rules.evaluate(item(1, null, vote("a", "good"), vote("b", "good"), vote("c", "wrong"), vote("d", "wrong"))))
                .isInstanceOf(Verdict.Excluded.class);
        assertThat(rules.evaluate(item(1, null, vote("a", "good"), vote("b", "good"), vote("c", "good"), vote("d", "wrong"))))
                .isInstanceOf(Verdict.Agreed.class);
    }

    @Test
    void needsExpertStaysOutUnlessALeadDecides() {
        assertThat(excluded(rules.evaluate(item(1, null, vote("a", "needs-expert"), vote("b", "needs-expert")))).reason())
                .isEqualTo(ExclusionReason.NEEDS_EXPERT);
        Verdict.Agreed a = agreed(rules.evaluate(item(1, Reviews.decision("lead", "wrong", "Right answer.", null, null),
                vote("a", "needs-expert"), vote("b", "needs-expert"))));
        assertThat(a.correction()).isEqualTo("Right answer.");
        assertThat(a.provenance().lead()).isEqualTo("lead");
        assertThat(a.provenance().reviewers()).containsExactly("a", "b", "lead");
        assertThat(a.provenance().agreement()).isZero();
        assertThat(excluded(rules.evaluate(item(1, Reviews.decision("lead", "needs-expert", null, null, null)))).reason())
                .isEqualTo(ExclusionReason.NEEDS_EXPERT);
    }

    @Test
    void adjudicationCountsEvenWithoutReviews() {
        Verdict.Agreed a = agreed(rules.evaluate(item(1, Reviews.decision("lead", "good", "ignored", null, null))));
        assertThat(a.good()).isTrue();
        assertThat(a.correction()).isNull();
        assertThat(a.provenance().agreement()).isNull();
    }

    @Test
    void similarCorrectionsAgreeAndTheMedoidIsTheTarget() {
        Verdict.Agreed a = agreed(rules.evaluate(item(1, null,
                fix("a", "The capital of Australia is Canberra ."),
                fix("b", "The capital of Australia is Canberra !"),
                fix("c", "The capital of Australia is Canberra ."))));
        assertThat(a.correctionStatus()).isEqualTo(Verdict.CorrectionStatus.AGREED);
        assertThat(a.correction()).isEqualTo("The capital of Australia is Canberra .");
        assertThat(a.provenance().correctionSimilarity()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void differentCorrectionsDoNotAgreeUnlessThePolicyAllows() {
        ReviewedItem ri = item(1, null, fix("a", "Canberra."), fix("b", "It is Canberra, not Sydney, since 1913."));
        Verdict.Agreed strict = agreed(rules.evaluate(ri));
        assertThat(strict.correctionStatus()).isEqualTo(Verdict.CorrectionStatus.NOT_AGREED);
        assertThat(strict.correction()).isNull();
        ConsensusEvaluator lax = new ConsensusEvaluator(ConsensusPolicy.defaults().withCorrections(false, 0.8));
        Verdict.Agreed loose = agreed(lax.evaluate(ri));
        assertThat(loose.correctionStatus()).isEqualTo(Verdict.CorrectionStatus.AGREED);
        assertThat(loose.correction()).isEqualTo("Canberra.");
    }

    @Test
    void aSingleCorrectionIsNotAnAgreement() {
        Verdict.Agreed a = agreed(rules.evaluate(item(1, null, fix("a", "Canberra."), vote("b", "wrong"))));
        assertThat(a.correctionStatus()).isEqualTo(Verdict.CorrectionStatus.NOT_AGREED);
    }

    @Test
    void retryChainPicksAgreeUnderTheLabelRule() {
        Verdict.Agreed a = agreed(rules.evaluate(item(4, null, picks("a", 3, 0), picks("b", 3, 0))));
        assertThat(a.picks()).isEqualTo(Verdict.PickStatus.AGREED);
        assertThat(a.best()).isEqualTo(3);
        assertThat(a.worst()).isZero();
        Verdict.Agreed b = agreed(rules.evaluate(item(4, null, picks("a", 3, 0), picks("b", 2, 0))));
        assertThat(b.picks()).isEqualTo(Verdict.PickStatus.NOT_AGREED);
        assertThat(b.best()).isNull();
        Verdict.Agreed none = agreed(rules.evaluate(item(4, null, picks("a", null, null), picks("b", null, null))));
        assertThat(none.picks()).isEqualTo(Verdict.PickStatus.NONE);
        Verdict.Agreed outOfRange = agreed(rules.evaluate(item(2, null, picks("a", 5, 0), picks("b", 5, 0))));
        assertThat(outOfRange.picks()).isEqualTo(Verdict.PickStatus.NOT_AGREED);
    }

    @Test
    void noAcceptableAttemptMeansNoBestPick() {
        Review a = Reviews.vote("a", "wrong", null, 1, 0, true);
        Review b = Reviews.vote("b", "wrong", null, 1, 0, true);
        assertThat(agreed(rules.evaluate(item(3, null, a, b))).picks()).isEqualTo(Verdict.PickStatus.NOT_AGREED);
    }
}
