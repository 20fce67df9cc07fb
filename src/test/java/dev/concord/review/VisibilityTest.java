package dev.concord.review;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The blind rule: others' reviews of an item only after one's own; a lead sees everything. */
class VisibilityTest {
    private static final Viewer ANN = new Viewer("ann", false);
    private static final Viewer BOB = new Viewer("bob", false);
    private static final Viewer LEA = new Viewer("lea", true);

    private static Review by(String reviewer) {
        return new Review("fi-1", reviewer, reviewer, 1, "good", "fixed by " + reviewer, null, null, false, "note",
                Instant.EPOCH, true);
    }

    @Test
    void aReviewerWhoHasNotReviewedTheItemSeesNoOtherReview() {
        assertThat(Visibility.canSee(BOB, by("ann"), false)).isFalse();
        assertThat(Visibility.canSeeItem(BOB, false)).isFalse();
        assertThat(Visibility.visible(BOB, List.of(by("ann"), by("cid")))).isEmpty();
    }

    @Test
    void aReviewerWhoHasReviewedTheItemSeesEveryReviewOfIt() {
        assertThat(Visibility.canSee(BOB, by("ann"), true)).isTrue();
        assertThat(Visibility.visible(BOB, List.of(by("ann"), by("bob"), by("cid")))).extracting(Review::reviewerId)
                .containsExactly("ann", "bob", "cid");
    }

    @Test
    void everyoneSeesTheirOwnReview() {
        assertThat(Visibility.canSee(ANN, by("ann"), false)).isTrue();
    }

    @Test
    void aLeadSeesEverythingWithoutReviewing() {
        assertThat(Visibility.canSee(LEA, by("ann"), false)).isTrue();
        assertThat(Visibility.canSeeItem(LEA, false)).isTrue();
        assertThat(Visibility.visible(LEA, List.of(by("ann"), by("bob")))).hasSize(2);
    }

    @Test
    void nobodyPickedSeesNoReviewAndNoItem() {
        assertThat(Visibility.visible(Viewer.NOBODY, List.of(by("ann")))).isEmpty();
        assertThat(Visibility.canSeeItem(Viewer.NOBODY, true)).isFalse();
    }
}
