package dev.concord.service;

import dev.concord.review.Adjudication;
import dev.concord.review.AdjudicationDraft;
import dev.concord.review.Disagreement;
import dev.concord.review.Review;
import dev.concord.review.ReviewAccessException;
import dev.concord.review.ReviewDraft;
import dev.concord.review.Reviewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.concord.service.ReviewFixture.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Disagreements list and the leads' decisions. */
class AdjudicationServiceTest {
    @TempDir
    Path dir;
    private ReviewFixture f;
    private Reviewer ann;
    private Reviewer bob;
    private Reviewer cat;
    private Reviewer lea;

    @BeforeEach
    void setUp() throws Exception {
        f = new ReviewFixture(dir, 5);
        ann = f.reviewer("Ann");
        bob = f.reviewer("Bob");
        cat = f.reviewer("Cat");
        lea = f.lead("Lea");
    }

    private void labels(String item, String... labels) {
        Reviewer[] who = {ann, bob, cat};
        for (int i = 0; i < labels.length; i++) {
            f.reviews.submit(who[i].id(), item, new ReviewDraft(labels[i], "fix by " + who[i].name(), null, null, false, null));
        }
    }

    @Test
    void listsItemsAtTheOverlapThatDisagreeMostDisagreedFirst() {
        labels(single(1), "good", "good", "good");
        labels(single(2), "good", "wrong", "wrong");
        labels(single(3), "good", "wrong", "unsafe");
        labels(single(4), "good", "wrong");
        assertThat(f.adjudication.count()).isEqualTo(2);
        List<Disagreement> page = f.adjudication.page(0, 10);
        assertThat(page).extracting(Disagreement::itemId).containsExactly(single(3), single(2));
        assertThat(page.get(1).labelCounts()).containsExactly(java.util.Map.entry("wrong", 2), java.util.Map.entry("good", 1));
        assertThat(page.get(1).majorityShare()).isEqualTo(2 / 3.0);
        assertThat(page.get(0).distinctLabels()).isEqualTo(3);
        assertThat(page.get(0).headline()).isEqualTo("question 3");
    }

    @Test
    void onlyLeadsSeeTheReviewsAndDecide() {
        labels(single(2), "good", "wrong", "wrong");
        assertThatThrownBy(() -> f.adjudication.reviews(ann.id(), single(2))).isInstanceOf(ReviewAccessException.class);
        assertThatThrownBy(() -> f.adjudication.decide(bob.id(), single(2),
                new AdjudicationDraft("good", null, null, null, false, null, null))).isInstanceOf(ReviewAccessException.class);
        assertThat(f.adjudication.reviews(lea.id(), single(2))).extracting(Review::reviewerName)
                .containsExactlyInAnyOrder("Ann", "Bob", "Cat");
        assertThat(f.adjudication.decision(single(2))).isEmpty();
    }

    @Test
    void leadsSeeNothingBeforeTheOverlapAndCannotDecideThen() {
        labels(single(4), "good", "wrong");
        assertThat(f.adjudication.reviews(lea.id(), single(4))).isEmpty();
        assertThatThrownBy(() -> f.adjudication.decide(lea.id(), single(4),
                new AdjudicationDraft("good", null, null, null, false, null, null)))
                .hasMessageContaining("has not reached its overlap");
    }

    @Test
    void decisionKeepsWhoDecidedAndDecidedItemsGoLast() {
        labels(single(2), "good", "wrong", "wrong");
        labels(single(3), "good", "wrong", "unsafe");
        Adjudication a = f.adjudication.decide(lea.id(), single(3),
                new AdjudicationDraft("wrong", "fix by Bob", null, null, false, bob.id(), "Bob is right; mail me at a.b@example.org"));
        assertThat(a.leadName()).isEqualTo("Lea");
        assertThat(a.leadId()).isEqualTo(lea.id());
        assertThat(a.takenFrom()).isEqualTo(bob.id());
        assertThat(a.note()).contains("[EMAIL]").doesNotContain("example.org");
        assertThat(a.decidedAt()).isEqualTo(f.clock.instant());
        List<Disagreement> page = f.adjudication.page(0, 10);
        assertThat(page).extracting(Disagreement::itemId).containsExactly(single(2), single(3));
        assertThat(page.get(1).decidedBy()).isEqualTo("Lea");
        assertThat(page.get(0).decided()).isFalse();

        Reviewer max = f.lead("Max");
        f.adjudication.decide(max.id(), single(3), new AdjudicationDraft("unsafe", "merged text", null, null, false, null, null));
        Adjudication again = f.adjudication.decision(single(3)).orElseThrow();
        assertThat(again.leadName()).isEqualTo("Max");
        assertThat(again.label()).isEqualTo("unsafe");
        assertThat(again.takenFrom()).isNull();
    }

    @Test
    void decisionsAreCheckedAgainstTheLabelSetAndAttempts() {
        labels(single(2), "good", "wrong", "wrong");
        assertThatThrownBy(() -> f.adjudication.decide(lea.id(), single(2),
                new AdjudicationDraft("bogus", null, null, null, false, null, null))).hasMessageStartingWith("label:");
        assertThatThrownBy(() -> f.adjudication.decide(lea.id(), single(2),
                new AdjudicationDraft("good", null, 3, null, false, null, null))).hasMessageStartingWith("best:");
    }
}
