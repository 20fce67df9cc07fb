package dev.concord.ui.reviewer;

import dev.concord.review.ReviewLabel;
import dev.concord.review.Reviewer;
import dev.concord.service.ReviewFixture;
import dev.concord.service.ReviewerService;
import dev.concord.ui.common.DirectTaskExecutor;
import dev.concord.ui.common.ErrorAdvice;
import dev.concord.ui.review.ReviewWorkbench;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The who-am-I picker and the project settings, as view-models: their store work runs through the executor. */
class ReviewerSettingsViewModelTest {
    @TempDir
    Path dir;
    private ReviewFixture f;
    private DirectTaskExecutor tasks;
    private ReviewWorkbench bench;
    private final List<Throwable> failures = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        f = new ReviewFixture(dir, 1);
        tasks = new DirectTaskExecutor();
        bench = new ReviewWorkbench(f.db, tasks);
    }

    private ReviewerPickerViewModel picker() {
        return new ReviewerPickerViewModel(bench.reviewers(), tasks, ReviewerPickerViewModel.read(bench.reviewers(),
                bench.reviewer()), failures::add);
    }

    private static Optional<Reviewer> confirm(ReviewerPickerViewModel vm) {
        List<Reviewer> chosen = new ArrayList<>();
        vm.confirm(chosen::add);
        return chosen.stream().findFirst();
    }

    @Test
    void theWorkbenchReadsTheDatabasesSettingsAndReviewerThroughTheExecutor() {
        assertThat(tasks.titles()).containsExactly("Reading the project's review settings…");
        assertThat(bench.openingProperty().get()).isFalse();
        assertThat(bench.reviews()).isNotNull();
        assertThat(bench.databaseProperty().get()).isSameAs(f.db);
    }

    @Test
    void pickerAddsATypedNameInTheBackgroundOrReturnsTheSelectedReviewer() {
        ReviewerPickerViewModel empty = picker();
        assertThat(confirm(empty)).isEmpty();
        assertThat(empty.errorProperty().get()).contains("type your name");
        empty.newNameProperty().set("  Ann ");
        empty.newLeadProperty().set(true);
        Reviewer ann = confirm(empty).orElseThrow();
        assertThat(ann.name()).isEqualTo("Ann");
        assertThat(ann.lead()).isTrue();
        assertThat(tasks.titles()).contains("Adding Ann…");
        assertThat(empty.busyProperty().get()).isFalse();

        ReviewerPickerViewModel again = picker();
        assertThat(again.selectedProperty().get()).isEqualTo(ann);
        again.newNameProperty().set("Ann");
        assertThat(confirm(again)).isEmpty();
        assertThat(again.errorProperty().get()).contains("already a reviewer called 'Ann'");
        assertThat(failures).as("a clash is said in the picker, not as an error dialog").isEmpty();
        again.newNameProperty().set("");
        assertThat(confirm(again)).contains(ann);
    }

    @Test
    void thePickerPreselectsTheCurrentElseTheRememberedReviewer() {
        Reviewer bob = f.reviewer("Bob");
        Reviewer cy = f.reviewer("Cy");
        new ReviewerService(f.db).remember(cy);
        assertThat(ReviewerPickerViewModel.read(bench.reviewers(), null).preselect()).contains(cy);
        assertThat(ReviewerPickerViewModel.read(bench.reviewers(), bob).preselect()).contains(bob);
        assertThat(ReviewerPickerViewModel.read(bench.reviewers(), null).reviewers()).extracting(Reviewer::name)
                .containsExactly("Bob", "Cy");
    }

    @Test
    void theWorkbenchRemembersThePickForTheNextStart() {
        Reviewer bob = f.reviewer("Bob");
        bench.setReviewer(bob);
        assertThat(tasks.titles()).contains("Remembering who reviews…");
        assertThat(new ReviewWorkbench(f.db, new DirectTaskExecutor()).reviewer()).isEqualTo(bob);
    }

    @Test
    void aFailedStoreReadIsReportedAsAdviceNotThrown() {
        List<ErrorAdvice> advice = new ArrayList<>();
        bench.setOnError(advice::add);
        bench.failed(new IllegalStateException("disk gone"), "saving the project settings");
        assertThat(advice).singleElement().extracting(ErrorAdvice::title).asString().isNotBlank();
    }

    @Test
    void settingsEditLabelsOverlapAndLeadsAndRejectClashes() {
        Reviewer bob = f.reviewer("Bob");
        bench.setReviewer(bob);
        SettingsViewModel vm = new SettingsViewModel(bench, bench.reviewers().reviewers());
        SettingsViewModel.LabelRow added = vm.addLabel();
        assertThat(added.keyProperty().get()).isEqualTo("7");
        added.nameProperty().set("Needs context / unclear");
        assertThat(added.id()).isEqualTo("needs-context-unclear");
        vm.labels().get(0).nameProperty().set("good / correct");
        vm.overlapProperty().set(2);
        vm.reviewers().get(0).leadProperty().set(true);
        added.keyProperty().set("1");
        boolean[] saved = new boolean[1];
        assertThat(vm.save(() -> saved[0] = true)).isFalse();
        assertThat(vm.errorProperty().get()).contains("key 1");
        assertThat(tasks.titles()).doesNotContain("Saving the project settings…");
        added.keyProperty().set("7");
        assertThat(vm.save(() -> saved[0] = true)).isTrue();
        assertThat(tasks.titles()).contains("Saving the project settings…");
        assertThat(saved[0]).isTrue();
        assertThat(vm.savingProperty().get()).isFalse();
        assertThat(bench.settings().overlap()).isEqualTo(2);
        assertThat(bench.settings().labels().byKey("7")).get().extracting(ReviewLabel::id).isEqualTo("needs-context-unclear");
        assertThat(bench.settings().labels().byId("good")).get().extracting(ReviewLabel::name).isEqualTo("good / correct");
        assertThat(f.settings.settings()).isEqualTo(bench.settings());
        assertThat(bench.reviewer().lead()).as("the current reviewer's new role applies at once").isTrue();
    }

    @Test
    void settingsSaveTheAssignmentModeAndAMaximumThatFollowsTheOverlap() {
        SettingsViewModel vm = new SettingsViewModel(bench, List.of());
        assertThat(vm.modeProperty().get()).isEqualTo(dev.concord.review.AssignmentMode.COMPLETE_FIRST);
        assertThat(vm.maxReviewsProperty().get()).isEqualTo(5);
        vm.overlapProperty().set(2);
        assertThat(vm.maxReviewsProperty().get()).as("the default maximum follows the overlap").isEqualTo(4);
        vm.modeProperty().set(dev.concord.review.AssignmentMode.SPREAD_FIRST);
        vm.maxReviewsProperty().set(1);
        assertThat(vm.save(() -> { })).isFalse();
        assertThat(vm.errorProperty().get()).contains("between the overlap (2)");
        vm.maxReviewsProperty().set(3);
        assertThat(vm.save(() -> { })).isTrue();
        assertThat(bench.settings().mode()).isEqualTo(dev.concord.review.AssignmentMode.SPREAD_FIRST);
        assertThat(new SettingsViewModel(bench, List.of()).maxReviewsProperty().get()).isEqualTo(3);
    }
}
