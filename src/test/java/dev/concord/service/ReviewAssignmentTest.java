package dev.concord.service;

import dev.concord.model.FlaggedItem;
import dev.concord.review.AssignmentMode;
import dev.concord.review.ReviewDraft;
import dev.concord.review.Reviewer;
import dev.concord.store.AssignmentRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
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

/** Which item a reviewer gets next: need, age, own history, overlap and reservations. */
class ReviewAssignmentTest {
    @TempDir
    Path dir;
    private ReviewFixture f;
    private Reviewer ann;
    private Reviewer bob;
    private Reviewer cat;

    @BeforeEach
    void setUp() throws Exception {
        f = new ReviewFixture(dir, 4);
        ann = f.reviewer("Ann");
        bob = f.reviewer("Bob");
        cat = f.reviewer("Cat");
    }

    private String next(Reviewer r) {
        return f.reviews.next(r.id()).map(FlaggedItem::id).orElse(null);
    }

    private void review(Reviewer r, String item, String label) {
        f.reviews.submit(r.id(), item, ReviewDraft.labelOnly(label));
    }

    @Test
    void firstItemIsTheOldestUnreviewedOne() {
        assertThat(next(ann)).isEqualTo(single(1));
    }

    @Test
    void spreadFirstGivesItemsWithFewerReviewsBeforeOlderOnes() {
        f.assignment(3, AssignmentMode.SPREAD_FIRST, 5);
        review(ann, single(1), "good");
        review(ann, single(2), "good");
        assertThat(next(bob)).as("g3 has no review yet, g1 and g2 have one").isEqualTo(single(3));
        review(bob, single(3), "good");
        review(bob, single(4), "good");
        assertThat(next(bob)).as("the chain is the last item with no review").isEqualTo(ReviewFixture.CHAIN);
        review(bob, ReviewFixture.CHAIN, "good");
        assertThat(next(bob)).as("then the oldest with one review that Bob has not done").isEqualTo(single(1));
    }

    @Test
    void neverOffersAnItemTheReviewerReviewedOrSkipped() {
        assertThat(next(ann)).isEqualTo(single(1));
        review(ann, single(1), "good");
        assertThat(next(ann)).isEqualTo(single(2));
        f.reviews.skip(ann.id(), single(2));
        assertThat(next(ann)).isEqualTo(single(3));
        List<String> seen = new ArrayList<>();
        for (String id = next(ann); id != null; id = next(ann)) {
            seen.add(id);
            review(ann, id, "good");
        }
        assertThat(seen).containsExactly(single(3), single(4), ReviewFixture.CHAIN);
        assertThat(seen).doesNotContain(single(1), single(2));
    }

    @Test
    void anItemAtItsOverlapThatThePolicyAcceptsIsNotOfferedAgain() {
        f.overlap(2);
        review(ann, single(1), "good");
        review(bob, single(1), "good");
        for (String id = next(cat); id != null; id = next(cat)) {
            assertThat(id).isNotEqualTo(single(1));
            review(cat, id, "good");
        }
        assertThat(f.reviews.myReview(cat.id(), single(1))).isEmpty();
    }

    @Test
    void reviewerGetsBackTheItemTheyHoldUntilTheyAnswerIt() {
        assertThat(next(ann)).isEqualTo(single(1));
        f.clock.advance(Duration.ofMinutes(5));
        assertThat(next(ann)).as("still held: resumed, not a new item").isEqualTo(single(1));
        review(ann, single(1), "good");
        assertThat(new AssignmentRepository(f.db).liveReservations(single(1), f.clock.instant()))
                .as("submitting releases the reservation").isZero();
        assertThat(next(ann)).isEqualTo(single(2));
        f.reviews.skip(ann.id(), single(2));
        assertThat(new AssignmentRepository(f.db).liveReservations(single(2), f.clock.instant()))
                .as("skipping releases the reservation").isZero();
    }

    @Test
    void reservationsKeepConcurrentReviewersWithinTheOverlap() {
        f.overlap(2);
        assertThat(next(ann)).isEqualTo(single(1));
        assertThat(next(bob)).as("one review plus one reservation still below 2").isEqualTo(single(1));
        assertThat(next(cat)).as("two reservations fill the overlap of g1").isEqualTo(single(2));
        review(ann, single(1), "good");
        f.reviews.skip(cat.id(), single(2));
        assertThat(next(cat)).as("g1 has one review and Bob's reservation").isNotEqualTo(single(1));
    }

    @Test
    void expiredReservationsNoLongerBlockOthers() {
        f.overlap(1);
        assertThat(next(ann)).isEqualTo(single(1));
        assertThat(next(bob)).isEqualTo(single(2));
        f.reviews.release(bob.id(), single(2));
        f.clock.advance(ReviewService.HOLD.minusSeconds(1));
        assertThat(next(cat)).as("Ann's reservation is live").isEqualTo(single(2));
        f.reviews.release(cat.id(), single(2));
        f.clock.advance(Duration.ofSeconds(2));
        assertThat(next(cat)).as("Ann's reservation expired").isEqualTo(single(1));
    }

    @Test
    void releasedItemIsOfferedToOthers() {
        f.overlap(1);
        assertThat(next(ann)).isEqualTo(single(1));
        f.reviews.release(ann.id(), single(1));
        assertThat(next(bob)).isEqualTo(single(1));
    }

    @Test
    void reviewersWorkingAtTheSameMomentNeverExceedTheOverlap() throws Exception {
        f.overlap(2);
        List<Reviewer> team = new ArrayList<>(List.of(ann, bob, cat));
        for (int i = 0; i < 3; i++) {
            team.add(f.reviewer("Extra " + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(team.size());
        CountDownLatch start = new CountDownLatch(1);
        Map<String, Integer> reviewsPerItem = Collections.synchronizedMap(new HashMap<>());
        List<Future<?>> done = new ArrayList<>();
        for (Reviewer r : team) {
            done.add(pool.submit(() -> {
                start.await();
                for (Optional<FlaggedItem> item = f.reviews.next(r.id()); item.isPresent(); item = f.reviews.next(r.id())) {
                    f.reviews.submit(r.id(), item.get().id(), ReviewDraft.labelOnly("good"));
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
        assertThat(reviewsPerItem.values()).as("every item exactly at its overlap, never past it").containsOnly(2);
    }
}
