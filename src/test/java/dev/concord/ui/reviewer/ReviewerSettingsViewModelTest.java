package dev.concord.ui.reviewer;

import dev.concord.review.ReviewLabel;
import dev.concord.review.Reviewer;
import dev.concord.service.ReviewFixture;
import dev.concord.ui.common.DirectTaskExecutor;
import dev.concord.ui.review.ReviewWorkbench;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The who-am-I picker and the project settings, as view-models. */
class ReviewerSettingsViewModelTest {
    @TempDir
    Path dir;
    private ReviewFixture f;
    private ReviewWorkbench bench;

    @BeforeEach
    void setUp() throws Exception {
        f = new ReviewFixture(dir, 1);
        bench = new ReviewWorkbench(f.db, new DirectTaskExecutor());
    }

    @Test
    void pickerAddsATypedNameOrReturnsTheSelectedReviewer() {
        ReviewerPickerViewModel empty = new ReviewerPickerViewModel(bench.reviewers(), null);
        assertThat(empty.confirm()).isEmpty();
        assertThat(empty.errorProperty().get()).contains("type your name");
        empty.newNameProperty().set("  Ann ");
        empty.newLeadProperty().set(true);
        Reviewer ann = empty.confirm().orElseThrow();
        assertThat(ann.name()).isEqualTo("Ann");
        assertThat(ann.lead()).isTrue();

        ReviewerPickerViewModel again = new ReviewerPickerViewModel(bench.reviewers(), null);
        assertThat(again.selectedProperty().get()).isEqualTo(ann);
        again.newNameProperty().set("Ann");
        assertThat(again.confirm()).isEmpty();
        assertThat(again.errorProperty().get()).contains("already a reviewer called 'Ann'");
        again.newNameProperty().set("");
        assertThat(again.confirm()).contains(ann);
    }

    @Test
    void theWorkbenchRemembersThePickForTheNextStart() {
        Reviewer bob = f.reviewer("Bob");
        bench.setReviewer(bob);
        assertThat(new ReviewWorkbench(f.db, new DirectTaskExecutor()).reviewer()).isEqualTo(bob);
    }

    @Test
    void settingsEditLabelsOverlapAndLeadsAndRejectClashes() {
        Reviewer bob = f.reviewer("Bob");
        bench.setReviewer(bob);
        SettingsViewModel vm = new SettingsViewModel(bench);
        SettingsViewModel.LabelRow added = vm.addLabel();
        assertThat(added.keyProperty().get()).isEqualTo("7");
        added.nameProperty().set("Needs context / unclear");
        assertThat(added.id()).isEqualTo("needs-context-unclear");
        vm.labels().get(0).nameProperty().set("good / correct");
        vm.overlapProperty().set(2);
        vm.reviewers().get(0).leadProperty().set(true);
        added.keyProperty().set("1");
        assertThat(vm.save()).isFalse();
        assertThat(vm.errorProperty().get()).contains("key 1");
        added.keyProperty().set("7");
        assertThat(vm.save()).isTrue();
        assertThat(bench.settings().overlap()).isEqualTo(2);
        assertThat(bench.settings().labels().byKey("7")).get().extracting(ReviewLabel::id).isEqualTo("needs-context-unclear");
        assertThat(bench.settings().labels().byId("good")).get().extracting(ReviewLabel::name).isEqualTo("good / correct");
        assertThat(f.settings.settings()).isEqualTo(bench.settings());
        assertThat(bench.reviewer().lead()).as("the current reviewer's new role applies at once").isTrue();
    }

    @Test
    void settingsSaveTheAssignmentModeAndAMaximumThatFollowsTheOverlap() {
        SettingsViewModel vm = new SettingsViewModel(bench);
        assertThat(vm.modeProperty().get()).isEqualTo(dev.concord.review.AssignmentMode.COMPLETE_FIRST);
        assertThat(vm.maxReviewsProperty().get()).isEqualTo(5);
        vm.overlapProperty().set(2);
        assertThat(vm.maxReviewsProperty().get()).as("the default maximum follows the overlap").isEqualTo(4);
        vm.modeProperty().set(dev.concord.review.AssignmentMode.SPREAD_FIRST);
        vm.maxReviewsProperty().set(1);
        assertThat(vm.save()).isFalse();
        assertThat(vm.errorProperty().get()).contains("between the overlap (2)");
        vm.maxReviewsProperty().set(3);
        assertThat(vm.save()).isTrue();
        assertThat(bench.settings().mode()).isEqualTo(dev.concord.review.AssignmentMode.SPREAD_FIRST);
        assertThat(new SettingsViewModel(bench).maxReviewsProperty().get()).isEqualTo(3);
    }
}
