package dev.concord.store;

import dev.concord.testing.TestDatabases;
import dev.concord.review.Adjudication;
import dev.concord.review.Review;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewRatingsRepositoryTest {
    @TempDir
    Path dir;
    Database db;
    ReviewRatingsRepository repo;

    @BeforeEach
    void reviews() throws Exception {
        db = TestDatabases.open(dir.resolve("r.db"));
        ReviewRows.flaggedItems(db, dir, 3, 1);
        ReviewRows.into(db).reviewer("ana", "Ana").reviewer("ben", "Ben").lead("lee", "Lee")
                .review("fi-g0", "ana", 1, false, "wrong", null, null, null, false, "2026-11-17T10:00:00Z")
                .review("fi-g0", "ana", 2, true, "good", "fixed", null, null, false, "2026-11-17T11:00:00.000Z")
                .review("fi-g0", "ben", "good", "2026-11-17 12:30:00")
                .review("fi-c0", "ben", 1, true, "off-task", null, 2, 0, false, "2026-11-18T09:00:00+01:00")
                .review("fi-c0", "ana", 1, true, "off-task", null, null, 3, true, "2026-11-18T10:00:00Z")
                .adjudicate("fi-g0", "lee", "good")
                .setting("review.labels", "[\"good\"]");
    }

    @Test
    void streamsOnlyTheLatestRevisionsInItemThenReviewerOrder() {
        List<Review> all = new ArrayList<>();
        repo = new ReviewRatingsRepository(db);
        repo.forEachLatest(all::add, () -> false);
        assertThat(all).extracting(r -> r.itemId() + "/" + r.reviewerId() + "/" + r.label())
                .containsExactly("fi-c0/ana/off-task", "fi-c0/ben/off-task", "fi-g0/ana/good", "fi-g0/ben/good");
        assertThat(repo.countLatest()).isEqualTo(4);
        Review ana = all.get(2);
        assertThat(ana.revision()).isEqualTo(2);
        assertThat(ana.reviewerName()).isEqualTo("Ana");
        assertThat(ana.correction()).isEqualTo("fixed");
        assertThat(ana.hasCorrection()).isTrue();
        assertThat(ana.hasPick()).isFalse();
        Review picked = all.get(1);
        assertThat(picked.best()).isEqualTo(2);
        assertThat(picked.worst()).isZero();
        assertThat(all.get(0).noneAcceptable()).isTrue();
        assertThat(all.get(0).best()).isNull();
    }

    @Test
    void readsTimestampsInEveryCommonShape() {
        repo = new ReviewRatingsRepository(db);
        List<Review> all = new ArrayList<>();
        repo.forEachLatest(all::add, () -> false);
        assertThat(all).extracting(Review::submittedAt).containsExactly(
                Instant.parse("2026-11-18T10:00:00Z"), Instant.parse("2026-11-18T08:00:00Z"),
                Instant.parse("2026-11-17T11:00:00Z"), Instant.parse("2026-11-17T12:30:00Z"));
        assertThatThrownBy(() -> ReviewRatingsRepository.timestamp("yesterday", "reviews.submitted_at", "x/y"))
                .isInstanceOf(StoreException.class).hasMessage("reviews.submitted_at of x/y is not a timestamp: 'yesterday'");
    }

    @Test
    void readsAdjudicationsReviewedItemsAndSettings() {
        repo = new ReviewRatingsRepository(db);
        assertThat(repo.adjudications()).containsOnlyKeys("fi-g0");
        assertThat(repo.adjudicationOf("fi-g0").orElseThrow().leadId()).isEqualTo("lee");
        assertThat(repo.adjudicationOf("fi-g1")).isEmpty();
        assertThat(repo.reviewedItems()).containsOnlyKeys("fi-c0", "fi-g0");
        assertThat(repo.reviewedItems().get("fi-c0").attemptCount()).isEqualTo(4);
        assertThat(repo.reviewedItems().get("fi-g0").headline()).isEqualTo("question 0");
        assertThat(repo.setting("review.labels")).contains("[\"good\"]");
        assertThat(repo.setting("nothing")).isEmpty();
        assertThat(repo.latestReviewsOf("fi-g0")).extracting(Review::reviewerId).containsExactly("ana", "ben");
    }

    @Test
    void aCancelledReadStops() {
        db.inTransaction(c -> {
            try (var reviewer = c.prepareStatement("INSERT INTO reviewers (id, name, created_at)"
                    + " VALUES (?, ?, '2026-11-01T00:00:00Z')");
                 var review = c.prepareStatement("INSERT INTO reviews (item_id, reviewer_id, revision, label,"
                         + " none_acceptable, submitted_at, is_latest)"
                         + " VALUES ('fi-g1', ?, 1, 'good', 0, '2026-11-17T10:00:00Z', 1)")) {
                for (int i = 0; i < 5000; i++) {
                    reviewer.setString(1, "r" + i);
                    reviewer.setString(2, "R" + i);
                    reviewer.addBatch();
                    review.setString(1, "r" + i);
                    review.addBatch();
                }
                reviewer.executeBatch();
                review.executeBatch();
            }
            return null;
        });
        repo = new ReviewRatingsRepository(db);
        List<Review> seen = new ArrayList<>();
        assertThatThrownBy(() -> repo.forEachLatest(seen::add, () -> true))
                .isInstanceOf(dev.concord.model.CancelledException.class);
        assertThat(seen).hasSizeLessThan(5004);
    }
}
