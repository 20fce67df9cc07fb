package dev.concord.service;

import dev.concord.testing.TestDatabases;
import dev.concord.review.LabelSet;
import dev.concord.review.ReviewLabel;
import dev.concord.review.ReviewSettings;
import dev.concord.review.Reviewer;
import dev.concord.store.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reviewers, the remembered pick, and the project's review settings. */
class ReviewerServiceTest {
    @TempDir
    Path dir;
    private Database db;
    private ReviewerService service;

    @BeforeEach
    void setUp() {
        db = TestDatabases.open(dir.resolve("r.db"));
        service = new ReviewerService(db, "alice-os", Clock.systemUTC());
    }

    @Test
    void addsReviewersWithUniqueNamesAndALeadFlag() {
        Reviewer ann = service.add("  Ann ", false);
        Reviewer lea = service.add("Lea", true);
        assertThat(ann.name()).isEqualTo("Ann");
        assertThat(service.reviewers()).extracting(Reviewer::name, Reviewer::lead)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ann", false), org.assertj.core.groups.Tuple.tuple("Lea", true));
        assertThatThrownBy(() -> service.add("Ann", true)).hasMessageContaining("already a reviewer called 'Ann'");
        assertThatThrownBy(() -> service.add("  ", false)).hasMessageStartingWith("name:");
        assertThat(service.setLead(ann.id(), true).lead()).isTrue();
        assertThat(service.setLead(lea.id(), false).lead()).isFalse();
    }

    @Test
    void remembersTheLastPickPerOsUserInTheDatabase() {
        assertThat(service.remembered()).isEmpty();
        Reviewer bob = service.add("Bob", false);
        service.remember(bob);
        assertThat(new ReviewerService(db, "alice-os", Clock.systemUTC()).remembered()).contains(bob);
        assertThat(new ReviewerService(db, "someone-else", Clock.systemUTC()).remembered()).isEmpty();
    }

    @Test
    void settingsDefaultToSixLabelsAndOverlapThreeAndAreSavedTogether() {
        ProjectSettingsService settings = new ProjectSettingsService(db);
        assertThat(settings.settings()).isEqualTo(ReviewSettings.defaults());
        LabelSet custom = new LabelSet(List.of(new ReviewLabel("1", "ok", "OK"), new ReviewLabel("9", "bad", "Bad / wrong")));
        settings.save(new ReviewSettings(custom, 2));
        ReviewSettings back = new ProjectSettingsService(TestDatabases.open(dir.resolve("r.db"))).settings();
        assertThat(back.labels()).isEqualTo(custom);
        assertThat(back.overlap()).isEqualTo(2);
    }

    @Test
    void addingTheSameNameAtOnceFromManyThreadsSucceedsOnceAndRefusesTheRest() throws Exception {
        int threads = 8;
        for (int round = 0; round < 5; round++) {
            String name = "Same " + round;
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            List<java.util.concurrent.Future<Reviewer>> adds = new java.util.ArrayList<>();
            for (int i = 0; i < threads; i++) {
                adds.add(pool.submit(() -> {
                    start.await();
                    return service.add(name, false);
                }));
            }
            start.countDown();
            int added = 0;
            int refused = 0;
            for (var add : adds) {
                try {
                    add.get(1, java.util.concurrent.TimeUnit.MINUTES);
                    added++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class)
                            .hasMessageContaining("already a reviewer called");
                    refused++;
                }
            }
            pool.shutdown();
            assertThat(added).as("round %d", round).isEqualTo(1);
            assertThat(refused).isEqualTo(threads - 1);
        }
    }
}
