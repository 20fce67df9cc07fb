package dev.concord.ui.review;

import dev.concord.ui.common.DirectTaskExecutor;
import dev.concord.review.ReviewDraft;
import dev.concord.review.Reviewer;
import dev.concord.service.ReviewFixture;
import dev.concord.ui.review.ReviewViewModel.Mode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Skipped items and "Review this item" on the review screen, without the toolkit. */
class ItemChooserTest {
    @TempDir
    Path dir;
    private ReviewFixture f;
    private ReviewWorkbench bench;
    private ReviewViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        f = new ReviewFixture(dir, 3);
        bench = new ReviewWorkbench(f.db, new DirectTaskExecutor());
        vm = new ReviewViewModel(bench);
    }

    private Reviewer as(Reviewer r) {
        bench.setReviewer(r);
        return r;
    }

    @Test
    void aSkipIsCountedListedAndTakenBackIntoTheReviewScreen() {
        as(f.reviewer("Ann"));
        vm.skip();
        assertThat(vm.chooser().countProperty().get()).isEqualTo(1);
        assertThat(vm.itemProperty().get().id()).isEqualTo("fi-g2");
        vm.chooser().loadSkipped();
        assertThat(vm.chooser().skipped()).extracting(s -> s.itemId()).containsExactly("fi-g1");
        vm.chooser().takeBack(vm.chooser().skipped().get(0));
        assertThat(vm.itemProperty().get().id()).isEqualTo("fi-g1");
        assertThat(vm.modeProperty().get()).isEqualTo(Mode.REVIEWING);
        assertThat(vm.chooser().countProperty().get()).isZero();
        assertThat(vm.chooser().skipped()).isEmpty();
    }

    @Test
    void aLeadOpensAnItemFromTheQueueAndTheirOwnReviewForRevision() {
        Reviewer lee = as(f.lead("Lee"));
        vm.chooser().open("fi-g3");
        assertThat(vm.itemProperty().get().id()).isEqualTo("fi-g3");
        assertThat(vm.revisingProperty().get()).isFalse();
        f.reviews.submit(lee.id(), "fi-g2", ReviewDraft.labelOnly("good"));
        vm.chooser().open("fi-g2");
        assertThat(vm.revisingProperty().get()).isTrue();
        assertThat(vm.form().labelProperty().get()).isEqualTo("good");
        assertThat(vm.messageProperty().get()).contains("revising your review");
    }

    @Test
    void aReviewerWhoIsNotALeadKeepsTheAssignedItemAndIsToldWhy() {
        as(f.reviewer("Bob"));
        vm.chooser().open("fi-g3");
        assertThat(vm.itemProperty().get().id()).isEqualTo("fi-g1");
        assertThat(vm.problemProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).contains("only leads open an item of their choice");
    }
}
