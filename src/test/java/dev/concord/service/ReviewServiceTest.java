package dev.concord.service;

import dev.concord.review.Viewer;
import dev.concord.review.Review;
import dev.concord.review.ReviewAccessException;
import dev.concord.review.ReviewDraft;
import dev.concord.review.ReviewProgress;
import dev.concord.review.Reviewer;
import dev.concord.store.ReviewRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;

import static dev.concord.service.ReviewFixture.CHAIN;
import static dev.concord.service.ReviewFixture.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Submitting, blindness, revisions, review counts and progress, through the service. */
class ReviewServiceTest {
    @TempDir
    Path dir;
    private ReviewFixture f;
    private Reviewer ann;
    private Reviewer bob;

    @BeforeEach
    void setUp() throws Exception {
        f = new ReviewFixture(dir, 3);
        ann = f.reviewer("Ann");
        bob = f.reviewer("Bob");
    }

    private int reviewCount(String item) {
        return f.db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT review_count FROM flagged_items WHERE id = ?")) {
                ps.setString(1, item);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    @Test
    void othersReviewsStayHiddenUntilTheViewerHasSubmitted() {
        f.reviews.submit(ann.id(), single(1), new ReviewDraft("wrong", "the right answer", null, null, false, "n"));
        assertThatThrownBy(() -> f.reviews.reveal(Viewer.of(bob), single(1)))
                .isInstanceOf(ReviewAccessException.class).hasMessageContaining("blind");
        assertThat(new ReviewRepository(f.db).latestVisibleTo(single(1), Viewer.of(bob)))
                .as("the store query itself returns nothing to Bob").isEmpty();

        f.reviews.submit(bob.id(), single(1), ReviewDraft.labelOnly("good"));
        assertThat(f.reviews.reveal(Viewer.of(bob), single(1))).extracting(Review::reviewerName).containsExactly("Bob", "Ann");
        assertThat(f.reviews.reveal(Viewer.of(ann), single(1))).extracting(Review::label).containsExactly("wrong", "good");
    }

    @Test
    void aLeadSeesEveryReviewOfAnItemWithoutReviewingIt() {
        Reviewer lea = f.lead("Lea");
        f.reviews.submit(ann.id(), single(1), new ReviewDraft("wrong", "the right answer", null, null, false, "n"));
        f.reviews.submit(bob.id(), single(1), ReviewDraft.labelOnly("good"));
        assertThat(f.reviews.reveal(Viewer.of(lea), single(1))).extracting(Review::reviewerName)
                .containsExactlyInAnyOrder("Ann", "Bob");
        assertThat(f.reviews.reveal(Viewer.of(lea), single(2))).as("nothing to see, but no error for a lead").isEmpty();
    }

    @Test
    void skippingDoesNotUnblind() {
        f.reviews.submit(ann.id(), single(1), ReviewDraft.labelOnly("wrong"));
        f.reviews.skip(bob.id(), single(1));
        assertThatThrownBy(() -> f.reviews.reveal(Viewer.of(bob), single(1))).isInstanceOf(ReviewAccessException.class);
    }

    @Test
    void everyRevisionIsKeptWithItsTimeAndTheLatestCounts() {
        f.reviews.submit(ann.id(), single(1), ReviewDraft.labelOnly("good"));
        f.clock.advance(Duration.ofMinutes(3));
        Review second = f.reviews.revise(ann.id(), single(1), ann.id(), ReviewDraft.labelOnly("wrong"));
        assertThat(second.revision()).isEqualTo(2);
        assertThat(f.reviews.myRevisions(ann.id(), single(1)))
                .extracting(Review::revision, Review::label, Review::latest, r -> r.submittedAt().toString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "good", false, "2026-11-21T09:00:00Z"),
                        org.assertj.core.groups.Tuple.tuple(2, "wrong", true, "2026-11-21T09:03:00Z"));
        assertThat(f.reviews.myReview(ann.id(), single(1))).get().extracting(Review::label).isEqualTo("wrong");
        assertThat(reviewCount(single(1))).as("a revision is not another review").isEqualTo(1);
        f.reviews.submit(bob.id(), single(1), ReviewDraft.labelOnly("good"));
        assertThat(reviewCount(single(1))).isEqualTo(2);
    }

    @Test
    void nobodyCanChangeAnotherReviewersReview() {
        f.reviews.submit(ann.id(), single(1), ReviewDraft.labelOnly("good"));
        assertThatThrownBy(() -> f.reviews.revise(bob.id(), single(1), ann.id(), ReviewDraft.labelOnly("wrong")))
                .isInstanceOf(ReviewAccessException.class).hasMessageContaining("another reviewer");
        assertThat(f.reviews.myRevisions(ann.id(), single(1))).hasSize(1)
                .first().extracting(Review::label).isEqualTo("good");
        assertThatThrownBy(() -> f.reviews.revise(bob.id(), single(2), bob.id(), ReviewDraft.labelOnly("good")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no review");
    }

    @Test
    void correctionsAndNotesAreRedactedAndAnUnchangedAnswerIsNoCorrection() {
        Review r = f.reviews.submit(ann.id(), single(1), new ReviewDraft("wrong",
                "Write to jane.doe@example.com for a refund.", null, null, false, "asked +1 415 555 0100"));
        assertThat(r.correction()).isEqualTo("Write to [EMAIL] for a refund.");
        assertThat(f.reviews.myReview(ann.id(), single(1)).orElseThrow().note()).doesNotContain("555");
        Review kept = f.reviews.submit(bob.id(), single(1), new ReviewDraft("good", "answer 1\n", null, null, false, " "));
        assertThat(kept.correction()).as("the prefilled answer left as it was").isNull();
        assertThat(kept.note()).isNull();
    }

    @Test
    void inconsistentDraftsAreRejectedNamingTheField() {
        assertThatThrownBy(() -> f.reviews.submit(ann.id(), single(1), ReviewDraft.labelOnly("meh")))
                .hasMessageStartingWith("label: 'meh' is not in the label set");
        assertThatThrownBy(() -> f.reviews.submit(ann.id(), CHAIN, new ReviewDraft("wrong", null, 4, 0, false, null)))
                .hasMessageStartingWith("best: attempt 5 does not exist");
        assertThatThrownBy(() -> f.reviews.submit(ann.id(), CHAIN, new ReviewDraft("wrong", null, 1, 1, false, null)))
                .hasMessageStartingWith("worst:");
        assertThatThrownBy(() -> f.reviews.submit(ann.id(), CHAIN, new ReviewDraft("wrong", null, 1, 0, true, null)))
                .hasMessageStartingWith("best: no best attempt");
        assertThatThrownBy(() -> f.reviews.submit(ann.id(), "fi-nope", ReviewDraft.labelOnly("good")))
                .hasMessageStartingWith("item: unknown item");
        assertThat(f.reviews.myReview(ann.id(), CHAIN)).isEmpty();
    }

    @Test
    void bestWorstAndNoneAcceptableAreStored() {
        f.reviews.submit(ann.id(), CHAIN, new ReviewDraft("wrong", null, 2, 0, false, null));
        f.reviews.submit(bob.id(), CHAIN, new ReviewDraft("wrong", null, null, 3, true, null));
        assertThat(f.reviews.reveal(Viewer.of(ann), CHAIN))
                .extracting(Review::best, Review::worst, Review::noneAcceptable)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 0, false),
                        org.assertj.core.groups.Tuple.tuple(null, 3, true));
    }

    @Test
    void progressCountsTodayTotalItemsLeftAndPace() {
        f.overlap(2);
        f.clock.advance(Duration.ofDays(-1));
        f.reviews.submit(ann.id(), single(1), ReviewDraft.labelOnly("good"));
        f.clock.advance(Duration.ofDays(1));
        for (int i = 2; i <= 3; i++) {
            f.reviews.submit(ann.id(), single(i), ReviewDraft.labelOnly("good"));
            f.clock.advance(Duration.ofMinutes(2));
        }
        f.reviews.submit(ann.id(), CHAIN, ReviewDraft.labelOnly("good"));
        f.reviews.revise(ann.id(), CHAIN, ann.id(), ReviewDraft.labelOnly("wrong"));
        f.reviews.submit(bob.id(), single(1), ReviewDraft.labelOnly("good"));
        ReviewProgress p = f.reviews.progress(ann.id());
        assertThat(p.reviewedToday()).isEqualTo(3);
        assertThat(p.reviewedTotal()).isEqualTo(4);
        assertThat(p.itemsLeft()).as("only g1 has two reviews").isEqualTo(3);
        assertThat(p.pacePerHour()).as("two intervals in four minutes").isEqualTo(30.0);
        assertThat(f.reviews.progress(bob.id()).hasPace()).isFalse();
    }
}
