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
}
