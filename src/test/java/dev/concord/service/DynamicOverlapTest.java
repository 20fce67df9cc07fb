package dev.concord.service;

import dev.concord.model.FlaggedItem;
import dev.concord.review.AdjudicationDraft;
import dev.concord.review.AssignmentMode;
import dev.concord.review.ReviewDraft;
import dev.concord.review.Reviewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.concord.service.ReviewFixture.single;
import static org.assertj.core.api.Assertions.assertThat;

/** Complete-overlap-first assignment and dynamic overlap: one more reviewer while the policy does not accept. */
class DynamicOverlapTest {
    @TempDir
    Path dir;
    private ReviewFixture f;
    private Reviewer ann;
    private Reviewer bob;
    private Reviewer cat;
    private Reviewer dan;

    @BeforeEach
    void setUp() throws Exception {
        f = new ReviewFixture(dir, 4);
        ann = f.reviewer("Ann");
        bob = f.reviewer("Bob");
        cat = f.reviewer("Cat");
        dan = f.reviewer("Dan");
    }

    private String next(Reviewer r) {
        return f.reviews.next(r.id()).map(FlaggedItem::id).orElse(null);
    }

    private void review(Reviewer r, String item, String label) {
        f.reviews.submit(r.id(), item, ReviewDraft.labelOnly(label));
    }

    /** Everything the reviewer is offered, reviewing each with the label. */
    private List<String> drain(Reviewer r, String label) {
        List<String> seen = new ArrayList<>();
        for (String id = next(r); id != null; id = next(r)) {
            seen.add(id);
            review(r, id, label);
        }
        return seen;
    }

    @Test
    void completeFirstGivesTheOldestItemOthersStartedBeforeUntouchedOnes() {
        f.assignment(3, AssignmentMode.COMPLETE_FIRST, 5);
        review(ann, single(3), "good");
        review(ann, single(2), "good");
        assertThat(next(bob)).as("g2 and g3 were started; g2 is older").isEqualTo(single(2));
        review(bob, single(2), "good");
        assertThat(next(bob)).isEqualTo(single(3));
        review(bob, single(3), "good");
        assertThat(next(bob)).as("nothing started left for Bob: the oldest untouched").isEqualTo(single(1));
    }

    @Test
    void theLeadsQueueMarksAnItemAwaitingMoreReviewsUntilItReachesTheMaximum() {
        f.assignment(2, AssignmentMode.COMPLETE_FIRST, 3);
        Reviewer lea = f.lead("Lea");
        review(ann, single(1), "good");
        review(bob, single(1), "wrong");
        var queue = f.adjudication.queue(lea.id(), false);
        assertThat(queue).singleElement().satisfies(d -> {
            assertThat(d.itemId()).isEqualTo(single(1));
            assertThat(d.awaitingMoreReviews()).as("at its overlap of 2, wanting a third").isTrue();
        });
        review(cat, single(1), "unsafe");
        assertThat(f.adjudication.queue(lea.id(), false)).singleElement()
                .satisfies(d -> assertThat(d.awaitingMoreReviews()).as("at the maximum of 3").isFalse());
    }

    @Test
    void anItemWhoseLabelsDisagreeGetsOneMoreReviewerAtATimeUpToTheMaximum() {
        f.assignment(2, AssignmentMode.COMPLETE_FIRST, 4);
        review(ann, single(1), "good");
        review(bob, single(1), "wrong");
        assertThat(next(cat)).as("good vs wrong: the policy does not accept it").isEqualTo(single(1));
        review(cat, single(1), "style");
        assertThat(next(dan)).as("still three different labels: a fourth reviewer").isEqualTo(single(1));
        review(dan, single(1), "off-task");
        Reviewer eve = f.reviewer("Eve");
        assertThat(next(eve)).as("the maximum of 4 is reached").isNotEqualTo(single(1));
    }

    @Test
    void theLeadsQueueCanTellWhichItemsAwaitMoreReviews() {
        f.assignment(2, AssignmentMode.COMPLETE_FIRST, 4);
        review(ann, single(1), "good");
        review(bob, single(1), "wrong");
        review(ann, single(2), "good");
        review(bob, single(2), "good");
        review(ann, single(3), "good");
        assertThat(new OverlapStatus(f.db).awaitingMoreReviews(List.of(single(1), single(2), single(3))))
                .as("g2 is accepted, g3 has not reached the overlap").containsExactly(single(1));
    }

    @Test
    void theExtraReviewEndsWhenThePolicyAcceptsTheItem() {
        f.assignment(2, AssignmentMode.COMPLETE_FIRST, 4);
        review(ann, single(1), "good");
        review(bob, single(1), "wrong");
        review(cat, single(1), "wrong");
        assertThat(drain(dan, "good")).as("two of three agree on wrong: accepted").doesNotContain(single(1));
    }

    @Test
    void aLeadsDecisionEndsTheExtraReviews() {
        f.assignment(2, AssignmentMode.COMPLETE_FIRST, 4);
        Reviewer lead = f.lead("Lee");
        review(ann, single(1), "good");
        review(bob, single(1), "wrong");
        f.adjudication.decide(lead.id(), single(1), new AdjudicationDraft("wrong", "fixed answer", null, null, false,
                null, null));
        assertThat(drain(cat, "good")).doesNotContain(single(1));
    }

    @Test
    void agreedLabelsWithDisagreeingCorrectionsGetAnotherReviewer() {
        f.assignment(2, AssignmentMode.COMPLETE_FIRST, 3);
        f.reviews.submit(ann.id(), single(1), new ReviewDraft("wrong", "Use the billing page.", null, null, false, null));
        f.reviews.submit(bob.id(), single(1), new ReviewDraft("wrong", "Restart the router twice.", null, null, false, null));
        assertThat(next(cat)).isEqualTo(single(1));
    }

    @Test
    void raisingTheOverlapReopensReviewedItemsAndLoweringTheMaximumClosesThem() {
        f.assignment(1, AssignmentMode.COMPLETE_FIRST, 1);
        drain(ann, "good");
        assertThat(next(bob)).as("every item has its one review").isNull();
        f.assignment(2, AssignmentMode.COMPLETE_FIRST, 4);
        assertThat(drain(bob, "wrong")).as("overlap 2: every item wants Bob").hasSize(5);
        assertThat(next(cat)).as("good vs wrong under a maximum of 4").isEqualTo(single(1));
        f.assignment(2, AssignmentMode.COMPLETE_FIRST, 2);
        assertThat(next(cat)).as("maximum lowered to the overlap: nothing more").isNull();
    }

    @Test
    void spreadFirstStillGivesExtraReviewsOnceUntouchedItemsAreDone() {
        f.assignment(1, AssignmentMode.SPREAD_FIRST, 2);
        review(ann, single(1), "good");
        review(bob, single(2), "good");
        assertThat(next(cat)).as("untouched items first").isEqualTo(single(3));
    }

    @Test
    void reviewersWorkingAtTheSameMomentNeverPushAnItemPastItsMaximum() throws Exception {
        f.assignment(2, AssignmentMode.COMPLETE_FIRST, 3);
        List<Reviewer> team = List.of(ann, bob, cat, dan, f.reviewer("Eve"), f.reviewer("Fay"));
        List<String> labels = List.of("good", "wrong", "unsafe", "off-task", "style", "needs-expert");
        ExecutorService pool = Executors.newFixedThreadPool(team.size());
        CountDownLatch start = new CountDownLatch(1);
        Map<String, Integer> reviewsPerItem = Collections.synchronizedMap(new HashMap<>());
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < team.size(); i++) {
            Reviewer r = team.get(i);
            String label = labels.get(i);
            done.add(pool.submit(() -> {
                start.await();
                for (Optional<FlaggedItem> item = f.reviews.next(r.id()); item.isPresent(); item = f.reviews.next(r.id())) {
                    f.reviews.submit(r.id(), item.get().id(), ReviewDraft.labelOnly(label));
                    reviewsPerItem.merge(item.get().id(), 1, Integer::sum);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> d : done) {
            d.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(reviewsPerItem).hasSize(5);
        assertThat(reviewsPerItem.values()).as("never past the maximum, at least the overlap")
                .allSatisfy(n -> assertThat(n).isBetween(2, 3));
        // A reviewer who found nothing left while a colleague's reservation still counted stopped early; when
        // everybody comes back, every item (all labels differ) reaches its maximum and no more.
        for (int i = 0; i < team.size(); i++) {
            for (String id : drain(team.get(i), labels.get(i))) {
                reviewsPerItem.merge(id, 1, Integer::sum);
            }
        }
        assertThat(reviewsPerItem.values()).as("every label differs: each item at its maximum, never past it")
                .containsOnly(3);
    }
}
