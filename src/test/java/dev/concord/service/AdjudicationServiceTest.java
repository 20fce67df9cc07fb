package dev.concord.service;

import dev.concord.curate.Disagreement;
import dev.concord.curate.ExclusionReason;
import dev.concord.curate.ExportPolicy;
import dev.concord.curate.Share;
import dev.concord.review.Adjudication;
import dev.concord.review.AdjudicationDraft;
import dev.concord.review.Review;
import dev.concord.review.ReviewAccessException;
import dev.concord.review.ReviewDraft;
import dev.concord.review.Reviewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.concord.service.ReviewFixture.CHAIN;
import static dev.concord.service.ReviewFixture.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The leads' queue under the current consensus policy, and the leads' decisions. */
class AdjudicationServiceTest {
    private static final String SAME_FIX = "The refund takes five to ten business days.";

    @TempDir
    Path dir;
    private ReviewFixture f;
    private Reviewer ann;
    private Reviewer bob;
    private Reviewer cat;
    private Reviewer lea;

    @BeforeEach
    void setUp() throws Exception {
        f = new ReviewFixture(dir, 6);
        ann = f.reviewer("Ann");
        bob = f.reviewer("Bob");
        cat = f.reviewer("Cat");
        lea = f.lead("Lea");
    }

    private void labels(String item, String... labels) {
        Reviewer[] who = {ann, bob, cat};
        for (int i = 0; i < labels.length; i++) {
            f.reviews.submit(who[i].id(), item, new ReviewDraft(labels[i], SAME_FIX, null, null, false, null));
        }
    }

    private void fixes(String item, String... corrections) {
        Reviewer[] who = {ann, bob, cat};
        for (int i = 0; i < corrections.length; i++) {
            f.reviews.submit(who[i].id(), item, new ReviewDraft("wrong", corrections[i], null, null, false, null));
        }
    }

    private List<String> ids(List<Disagreement> queue) {
        return queue.stream().map(Disagreement::itemId).toList();
    }

    @Test
    void queueIsWhatThePolicyDoesNotAcceptMostDisagreedFirst() {
        labels(single(1), "good", "good", "good");
        labels(single(2), "good", "wrong", "wrong");
        labels(single(3), "good", "wrong", "unsafe");
        labels(single(4), "good", "wrong");
        fixes(single(5), "Refunds take 5 to 10 business days.", "Sydney is not the capital; Canberra is.");
        labels(single(6), "good");
        List<Disagreement> queue = f.adjudication.queue(lea.id(), false);
        assertThat(ids(queue)).as("2 of 3 agreeing is agreed, as export counts it; one review is too few")
                .containsExactly(single(3), single(4), single(5));
        assertThat(queue.get(0).reasons()).containsExactly(ExclusionReason.LABELS_DISAGREE);
        assertThat(queue.get(0).majorityShare()).isEqualTo(1 / 3.0);
        assertThat(queue.get(1).labelCounts()).containsExactly(Map.entry("good", 1), Map.entry("wrong", 1));
        assertThat(queue.get(2).reasons()).as("labels agree, corrections do not")
                .containsExactly(ExclusionReason.CORRECTIONS_DISAGREE);
        assertThat(queue.get(2).headline()).isEqualTo("question 5");
    }

    @Test
    void queueFollowsThePolicySavedWithTheLastExport() {
        labels(single(2), "good", "wrong", "wrong");
        assertThat(f.adjudication.queue(lea.id(), false)).isEmpty();
        ExportPolicy all = ExportPolicy.defaults().with(ExportPolicy.defaults().consensus().withLabelAgreement(Share.ALL));
        new ExportService(f.db).savePolicy(all);
        assertThat(ids(f.adjudication.queue(lea.id(), false))).containsExactly(single(2));
    }

    @Test
    void picksThatDisagreeOnAChainBringItToALeadAndTheDecisionKeepsPicksAndNoneAcceptable() {
        f.reviews.submit(ann.id(), CHAIN, new ReviewDraft("wrong", null, 1, 0, false, null));
        f.reviews.submit(bob.id(), CHAIN, new ReviewDraft("wrong", null, null, 3, true, null));
        Disagreement d = f.adjudication.queue(lea.id(), false).get(0);
        assertThat(d.itemId()).isEqualTo(CHAIN);
        assertThat(d.reasons()).containsExactly(ExclusionReason.PICKS_DISAGREE);
        assertThat(f.adjudication.open(lea.id(), CHAIN).reviews()).extracting(Review::noneAcceptable)
                .containsExactlyInAnyOrder(false, true);

        Adjudication a = f.adjudication.decide(lea.id(), CHAIN, new AdjudicationDraft("wrong", null, null, 3, true, null, null));
        assertThat(a.noneAcceptable()).isTrue();
        assertThat(a.worst()).isEqualTo(3);
        assertThat(a.best()).isNull();
        assertThat(f.adjudication.queue(lea.id(), false)).as("settled items leave the queue").isEmpty();
        Disagreement decided = f.adjudication.queue(lea.id(), true).get(0);
        assertThat(decided.decidedBy()).isEqualTo("Lea");
        assertThat(decided.reasons()).containsExactly(ExclusionReason.PICKS_DISAGREE);
        assertThat(decided.excluded()).as("agreed for export now").isEmpty();
    }

    @Test
    void aLeadsNeedsExpertDecisionIsShownAsDecidedAndStaysOut() {
        labels(single(3), "good", "wrong", "unsafe");
        f.adjudication.decide(lea.id(), single(3), new AdjudicationDraft("needs-expert", null, null, null, false, null, null));
        assertThat(f.adjudication.queue(lea.id(), false)).isEmpty();
        Disagreement d = f.adjudication.queue(lea.id(), true).get(0);
        assertThat(d.decided()).isTrue();
        assertThat(d.excluded()).containsExactly(ExclusionReason.NEEDS_EXPERT);
    }

    @Test
    void onlyLeadsSeeTheQueueTheReviewsAndTheDecisionsAndDecide() {
        labels(single(3), "good", "wrong", "unsafe");
        assertThatThrownBy(() -> f.adjudication.queue(ann.id(), false)).isInstanceOf(ReviewAccessException.class)
                .hasMessageContaining("Ann is not a lead");
        assertThatThrownBy(() -> f.adjudication.reviews(ann.id(), single(3))).isInstanceOf(ReviewAccessException.class);
        assertThatThrownBy(() -> f.adjudication.open(ann.id(), single(3))).isInstanceOf(ReviewAccessException.class);
        assertThatThrownBy(() -> f.adjudication.decision(ann.id(), single(3))).isInstanceOf(ReviewAccessException.class);
        assertThatThrownBy(() -> f.adjudication.queue("nobody", false)).isInstanceOf(ReviewAccessException.class);
        assertThatThrownBy(() -> f.adjudication.decide(bob.id(), single(3),
                new AdjudicationDraft("good", null, null, null, false, null, null))).isInstanceOf(ReviewAccessException.class);
        assertThat(f.adjudication.reviews(lea.id(), single(3))).extracting(Review::reviewerName)
                .containsExactlyInAnyOrder("Ann", "Bob", "Cat");
        assertThat(f.adjudication.decision(lea.id(), single(3))).isEmpty();
    }

    @Test
    void leadsSeeNoReviewsBeforeThePolicysMinimumAndCannotDecideThen() {
        labels(single(4), "good");
        assertThat(f.adjudication.reviews(lea.id(), single(4))).isEmpty();
        assertThatThrownBy(() -> f.adjudication.decide(lea.id(), single(4),
                new AdjudicationDraft("good", null, null, null, false, null, null)))
                .hasMessageContaining("does not have the 2 reviews");
    }

    @Test
    void decisionKeepsWhoDecidedAndCanBeRevised() {
        labels(single(3), "good", "wrong", "unsafe");
        Adjudication a = f.adjudication.decide(lea.id(), single(3),
                new AdjudicationDraft("wrong", "fix by Bob", null, null, false, bob.id(), "Bob is right; mail me at a.b@example.org"));
        assertThat(a.leadName()).isEqualTo("Lea");
        assertThat(a.takenFrom()).isEqualTo(bob.id());
        assertThat(a.note()).contains("[EMAIL]").doesNotContain("example.org");
        assertThat(a.decidedAt()).isEqualTo(f.clock.instant());

        Reviewer max = f.lead("Max");
        f.adjudication.decide(max.id(), single(3), new AdjudicationDraft("unsafe", "merged text", null, null, false, null, null));
        Adjudication again = f.adjudication.decision(max.id(), single(3)).orElseThrow();
        assertThat(again.leadName()).isEqualTo("Max");
        assertThat(again.label()).isEqualTo("unsafe");
        assertThat(again.takenFrom()).isNull();
    }

    @Test
    void decisionsAreCheckedAgainstTheLabelSetAndAttempts() {
        labels(single(3), "good", "wrong", "unsafe");
        assertThatThrownBy(() -> f.adjudication.decide(lea.id(), single(3),
                new AdjudicationDraft("bogus", null, null, null, false, null, null))).hasMessageStartingWith("label:");
        assertThatThrownBy(() -> f.adjudication.decide(lea.id(), single(3),
                new AdjudicationDraft("good", null, 3, null, false, null, null))).hasMessageStartingWith("best:");
    }
}
