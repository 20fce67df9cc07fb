package dev.concord.store;

import dev.concord.review.Review;
import dev.concord.review.ReviewDraft;
import dev.concord.review.Reviewer;
import dev.concord.review.Viewer;
import dev.concord.review.Visibility;
import dev.concord.service.ReviewFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The store's blind query ({@link Visibility#SQL_CONDITION}) and the core rule give the same answers. */
class BlindQueryTest {
    @TempDir
    Path dir;

    @Test
    void theSqlFormOfTheBlindRuleAgreesWithTheCoreRuleForEveryViewerAndItem() throws Exception {
        ReviewFixture f = new ReviewFixture(dir, 3);
        Reviewer ann = f.reviewer("Ann");
        Reviewer bob = f.reviewer("Bob");
        Reviewer cid = f.reviewer("Cid");
        Reviewer lea = f.lead("Lea");
        f.reviews.submit(ann.id(), ReviewFixture.single(1), new ReviewDraft("wrong", "fixed", null, null, false, "n"));
        f.reviews.submit(ann.id(), ReviewFixture.single(2), ReviewDraft.labelOnly("good"));
        f.reviews.submit(bob.id(), ReviewFixture.single(1), ReviewDraft.labelOnly("good"));
        f.reviews.submit(bob.id(), ReviewFixture.single(1), ReviewDraft.labelOnly("wrong"));
        f.reviews.submit(lea.id(), ReviewFixture.single(3), ReviewDraft.labelOnly("good"));
        f.reviews.submit(cid.id(), ReviewFixture.CHAIN, ReviewDraft.labelOnly("good"));
        ReviewRepository store = new ReviewRepository(f.db);
        ReviewRatingsRepository all = new ReviewRatingsRepository(f.db);
        List<Viewer> viewers = List.of(Viewer.of(ann), Viewer.of(bob), Viewer.of(cid), Viewer.of(lea), Viewer.NOBODY);
        List<String> items = List.of(ReviewFixture.single(1), ReviewFixture.single(2), ReviewFixture.single(3),
                ReviewFixture.CHAIN);
        int visiblePairs = 0;
        for (Viewer v : viewers) {
            for (String item : items) {
                List<String> core = ids(Visibility.visible(v, all.latestReviewsOf(item)));
                List<String> sql = ids(store.latestVisibleTo(item, v));
                assertThat(sql).as(v + " on " + item).containsExactlyInAnyOrderElementsOf(core);
                visiblePairs += core.isEmpty() ? 0 : 1;
            }
        }
        assertThat(visiblePairs).as("the cases cover both answers").isBetween(1, viewers.size() * items.size() - 1);
    }

    private static List<String> ids(List<Review> reviews) {
        return new ArrayList<>(reviews.stream().map(r -> r.reviewerId() + "#" + r.revision()).toList());
    }
}
