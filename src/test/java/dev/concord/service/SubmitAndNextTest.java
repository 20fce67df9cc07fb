package dev.concord.service;

import dev.concord.model.FlaggedItem;
import dev.concord.review.AssignmentMode;
import dev.concord.review.Review;
import dev.concord.review.ReviewDraft;
import dev.concord.review.Reviewer;
import dev.concord.store.AssignmentRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.concord.service.ReviewFixture.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Submitting a review and taking the next item in one step ({@link ReviewService#submitAndNext}). */
class SubmitAndNextTest {
    @TempDir
    Path dir;
    private ReviewFixture f;
    private Reviewer ann;
    private Reviewer bob;

    @BeforeEach
    void setUp() throws Exception {
        f = new ReviewFixture(dir, 4);
        ann = f.reviewer("Ann");
        bob = f.reviewer("Bob");
    }

    private String next(Reviewer r) {
        return f.reviews.next(r.id()).map(FlaggedItem::id).orElse(null);
    }

    private long holders(String item) {
        return new AssignmentRepository(f.db).liveReservations(item, f.clock.instant());
    }

    @Test
    void storesTheReviewAndReservesTheItemNextWouldGive() {
        f.assignment(2, AssignmentMode.COMPLETE_FIRST, 4);
        assertThat(next(ann)).isEqualTo(single(1));

        ReviewService.SubmittedAndNext done = f.reviews.submitAndNext(ann.id(), single(1), ReviewDraft.labelOnly("good"));

        assertThat(done.review().revision()).isEqualTo(1);
        assertThat(done.review().label()).isEqualTo("good");
        assertThat(f.reviews.myReview(ann.id(), single(1))).map(Review::label).contains("good");
        assertThat(done.next()).map(FlaggedItem::id).as("Ann reviewed g1; the oldest untouched item").contains(single(2));
        assertThat(holders(single(1))).as("the submit released g1").isZero();
        assertThat(holders(single(2))).isEqualTo(1);
        assertThat(next(ann)).as("the one Ann holds").isEqualTo(single(2));
        assertThat(next(bob)).as("complete overlap first: g1 was started").isEqualTo(single(1));
    }

    @Test
    void spreadFirstGivesTheNextUntouchedItem() {
        f.assignment(1, AssignmentMode.SPREAD_FIRST, 1);
        assertThat(next(bob)).isEqualTo(single(1));
        assertThat(next(ann)).isEqualTo(single(2));
        ReviewService.SubmittedAndNext done = f.reviews.submitAndNext(ann.id(), single(2), ReviewDraft.labelOnly("good"));
        assertThat(done.next()).map(FlaggedItem::id).as("g1 is held by Bob (overlap 1), g3 has no review yet").contains(single(3));
    }

    @Test
    void neverGivesBackAnItemTheReviewerSkipped() {
        f.assignment(2, AssignmentMode.COMPLETE_FIRST, 4);
        f.reviews.skip(ann.id(), single(2));
        ReviewService.SubmittedAndNext done = f.reviews.submitAndNext(ann.id(), single(1), ReviewDraft.labelOnly("good"));
        assertThat(done.next()).map(FlaggedItem::id).contains(single(3));
    }

    @Test
    void theLastReviewIsStoredWhenNothingIsLeftForTheReviewer() {
        f.assignment(1, AssignmentMode.COMPLETE_FIRST, 1);
        for (String item : new String[] {single(1), single(2), single(3), single(4)}) {
            f.reviews.submit(bob.id(), item, ReviewDraft.labelOnly("good"));
        }
        assertThat(next(ann)).isEqualTo(ReviewFixture.CHAIN);

        ReviewService.SubmittedAndNext done = f.reviews.submitAndNext(ann.id(), ReviewFixture.CHAIN,
                ReviewDraft.labelOnly("good"));

        assertThat(done.next()).isEmpty();
        assertThat(f.reviews.myReview(ann.id(), ReviewFixture.CHAIN)).isPresent();
    }

    @Test
    void aRefusedDraftStoresNothingAndReservesNothing() {
        f.assignment(2, AssignmentMode.COMPLETE_FIRST, 4);
        assertThat(next(ann)).isEqualTo(single(1));
        assertThatThrownBy(() -> f.reviews.submitAndNext(ann.id(), single(1), ReviewDraft.labelOnly("no-such-label")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(f.reviews.myReview(ann.id(), single(1))).isEmpty();
        assertThat(holders(single(2))).isZero();
        assertThat(holders(single(1))).as("Ann still holds g1").isEqualTo(1);
    }
}
