package dev.concord.ui.review;

import dev.concord.ui.common.DirectTaskExecutor;
import dev.concord.review.Review;
import dev.concord.review.Reviewer;
import dev.concord.service.ReviewFixture;
import dev.concord.ui.compare.CompareViewModel;
import dev.concord.ui.review.ReviewViewModel.Mode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The review screen's flow without the toolkit (jobs run directly). */
class ReviewViewModelTest {
    @TempDir
    Path dir;
    private ReviewFixture f;
    private ReviewWorkbench bench;
    private ReviewViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        f = new ReviewFixture(dir, 2);
        bench = new ReviewWorkbench(f.db, new DirectTaskExecutor());
        vm = new ReviewViewModel(bench);
    }

    private Reviewer as(String name) {
        Reviewer r = f.reviewer(name);
        bench.setReviewer(r);
        return r;
    }

    @Test
    void waitsForAReviewerThenOpensTheOldestItemWithTheAnswerPrefilled() {
        assertThat(vm.modeProperty().get()).isEqualTo(Mode.NO_REVIEWER);
        as("Ann");
        assertThat(vm.modeProperty().get()).isEqualTo(Mode.REVIEWING);
        assertThat(vm.itemProperty().get().id()).isEqualTo("fi-g1");
        assertThat(vm.form().correctionProperty().get()).isEqualTo("answer 1");
        assertThat(vm.progressProperty().get().itemsLeft()).isEqualTo(3);
    }

    @Test
    void theEvaluatorScoresOfTheShownAttemptsAreReadAsALineOfMetadata() {
        f.db.inTransaction(c -> {
            try (var s = c.createStatement()) {
                s.executeUpdate("INSERT INTO evaluator_scores (score_key, generation, name, value, label, source, comment, "
                        + "source_line, ingest_run) VALUES ('k1', 'g1', 'helpfulness', 0.8, NULL, 'EVAL', 'clear', 1, 1), "
                        + "('k2', 'g1', 'tone', NULL, 'friendly', 'LLM', NULL, 1, 1)");
            }
            return null;
        });
        as("Ann");
        vm.scores().load(vm.itemProperty().get());
        var scores = vm.scores().byGenerationProperty().get().get("g1");
        assertThat(dev.concord.ui.common.ScoreLine.describe(scores)).isEqualTo(dev.concord.ui.common.ScoreLine.PREFIX
                + "helpfulness 0.8 [EVAL] · tone friendly [LLM]");
        assertThat(dev.concord.ui.common.ScoreLine.comments(scores)).isEqualTo("helpfulness: clear");
        assertThat(vm.form().labelProperty().get()).as("scores are no label").isNull();
        assertThat(dev.concord.ui.common.ScoreLine.describe(java.util.List.of())).isEmpty();
    }

    @Test
    void submitNeedsALabelThenRevealsThenMovesOn() {
        Reviewer ann = as("Ann");
        vm.submit();
        assertThat(vm.messageProperty().get()).startsWith("Choose a label");
        assertThat(vm.modeProperty().get()).isEqualTo(Mode.REVIEWING);
        assertThat(vm.form().chooseKey("2", bench.settings().labels())).isTrue();
        vm.form().correctionProperty().set("answer 1, corrected");
        vm.submit();
        assertThat(vm.modeProperty().get()).isEqualTo(Mode.REVEAL);
        assertThat(vm.compare().reviews()).extracting(Review::label).containsExactly("wrong");
        assertThat(vm.progressProperty().get().reviewedToday()).isEqualTo(1);
        assertThat(f.reviews.myReview(ann.id(), "fi-g1").orElseThrow().correction()).isEqualTo("answer 1, corrected");
        vm.continueReviewing();
        assertThat(vm.modeProperty().get()).isEqualTo(Mode.REVIEWING);
        assertThat(vm.itemProperty().get().id()).isEqualTo("fi-g2");
        assertThat(vm.form().labelProperty().get()).as("a fresh draft").isNull();
    }

    @Test
    void withRevealOffTheNextItemComesAtOnceAndVShowsTheLastOneKeepingTheDraft() {
        as("Ann");
        vm.revealAfterSubmitProperty().set(false);
        vm.form().chooseKey("1", bench.settings().labels());
        vm.submit();
        assertThat(vm.itemProperty().get().id()).isEqualTo("fi-g2");
        vm.form().chooseKey("4", bench.settings().labels());
        vm.form().noteProperty().set("half done");
        vm.reveal();
        assertThat(vm.modeProperty().get()).isEqualTo(Mode.REVEAL);
        assertThat(vm.compare().itemProperty().get().id()).isEqualTo("fi-g1");
        vm.continueReviewing();
        assertThat(vm.itemProperty().get().id()).isEqualTo("fi-g2");
        assertThat(vm.form().labelProperty().get()).isEqualTo("off-task");
        assertThat(vm.form().noteProperty().get()).isEqualTo("half done");
    }

    @Test
    void chainsNeedBestAndWorstPicksMadeFromTheKeyboardModel() {
        as("Ann");
        f.reviews.skip(bench.reviewer().id(), "fi-g1");
        f.reviews.skip(bench.reviewer().id(), "fi-g2");
        vm.start();
        assertThat(vm.itemProperty().get().id()).isEqualTo(ReviewFixture.CHAIN);
        ReviewForm form = vm.form();
        assertThat(form.focusedProperty().get()).as("the last attempt first").isEqualTo(3);
        assertThat(form.correctionProperty().get()).isEqualTo("fourth try");
        form.chooseKey("2", bench.settings().labels());
        vm.submit();
        assertThat(vm.messageProperty().get()).contains("best attempt (B)");
        form.moveFocus(-2);
        form.markBest();
        form.moveFocus(1);
        assertThat(form.focusedProperty().get()).isEqualTo(2);
        vm.submit();
        assertThat(vm.messageProperty().get()).contains("worst attempt (W)");
        form.moveFocus(-2);
        form.markWorst();
        form.copyFocused(vm.itemProperty().get());
        assertThat(form.correctionProperty().get()).isEqualTo("first try");
        form.moveFocus(1);
        form.markWorst();
        assertThat(form.bestProperty().get()).as("marking the best as worst clears it").isNull();
        form.moveFocus(1);
        form.markBest();
        vm.submit();
        Review saved = vm.compare().reviews().get(0);
        assertThat(saved.best()).isEqualTo(2);
        assertThat(saved.worst()).isEqualTo(1);
        assertThat(saved.correction()).isEqualTo("first try");
    }

    @Test
    void revisingFromTheRevealKeepsEveryRevisionAndReturnsToTheHeldItem() {
        Reviewer ann = as("Ann");
        vm.form().chooseKey("1", bench.settings().labels());
        vm.submit();
        vm.revise();
        assertThat(vm.revisingProperty().get()).isTrue();
        assertThat(vm.itemProperty().get().id()).isEqualTo("fi-g1");
        assertThat(vm.form().labelProperty().get()).isEqualTo("good");
        vm.form().chooseKey("3", bench.settings().labels());
        vm.submit();
        assertThat(f.reviews.myRevisions(ann.id(), "fi-g1")).extracting(Review::label).containsExactly("good", "unsafe");
        vm.continueReviewing();
        assertThat(vm.itemProperty().get().id()).as("the item Ann held meanwhile").isEqualTo("fi-g2");
    }

    @Test
    void skipMovesOnAndTheEndSaysSo() {
        as("Ann");
        vm.skip();
        assertThat(vm.itemProperty().get().id()).isEqualTo("fi-g2");
        vm.skip();
        vm.skip();
        assertThat(vm.modeProperty().get()).isEqualTo(Mode.DONE);
        assertThat(vm.itemProperty().get()).isNull();
    }

    @Test
    void revealComparesWithMyCorrectionOrTheOriginal() {
        Reviewer bob = f.reviewer("Bob");
        f.reviews.submit(bob.id(), "fi-g1", new dev.concord.review.ReviewDraft("wrong", "answer one", null, null, false, null));
        f.reviews.submit(bob.id(), "fi-g2", dev.concord.review.ReviewDraft.labelOnly("good"));
        f.reviews.submit(bob.id(), ReviewFixture.CHAIN, dev.concord.review.ReviewDraft.labelOnly("good"));
        as("Ann");
        vm.form().chooseKey("2", bench.settings().labels());
        vm.form().correctionProperty().set("answer 1 fixed");
        vm.submit();
        assertThat(vm.compare().reviews()).extracting(Review::reviewerName).containsExactly("Ann", "Bob");
        Review bobs = vm.compare().reviews().get(1);
        assertThat(vm.compare().baseText()).isEqualTo("answer 1 fixed");
        vm.compare().toggleBase();
        assertThat(vm.compare().baseProperty().get()).isEqualTo(CompareViewModel.Base.ORIGINAL);
        assertThat(vm.compare().baseText()).isEqualTo("answer 1");
        assertThat(vm.compare().diff(bobs)).extracting(s -> s.kind().name() + ":" + s.text())
                .containsExactly("SAME:answer ", "REMOVED:1 ", "ADDED:one");
    }
}
