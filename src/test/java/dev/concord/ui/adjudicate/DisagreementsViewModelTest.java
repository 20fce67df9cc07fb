package dev.concord.ui.adjudicate;

import dev.concord.curate.Disagreement;
import dev.concord.curate.ExclusionReason;
import dev.concord.review.Adjudication;
import dev.concord.review.ReviewDraft;
import dev.concord.review.Reviewer;
import dev.concord.service.ReviewFixture;
import dev.concord.ui.common.DirectTaskExecutor;
import dev.concord.ui.review.ReviewWorkbench;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DisagreementsViewModelTest {
    @TempDir
    Path dir;
    private ReviewFixture f;
    private ReviewWorkbench bench;
    private DisagreementsViewModel vm;
    private Reviewer ann;
    private Reviewer bob;

    @BeforeEach
    void setUp() throws Exception {
        f = new ReviewFixture(dir, 3);
        String[][] labels = {{"fi-g1", "good", "good", "good"}, {"fi-g2", "good", "wrong", "wrong"}, {"fi-g3", "good", "wrong", "unsafe"}};
        Reviewer[] team = {f.reviewer("Ann"), f.reviewer("Bob"), f.reviewer("Cat")};
        ann = team[0];
        bob = team[1];
        for (String[] row : labels) {
            for (int i = 0; i < 3; i++) {
                f.reviews.submit(team[i].id(), row[0], new ReviewDraft(row[i + 1], "fix " + team[i].name(), null, null, false, null));
            }
        }
        f.reviews.submit(ann.id(), ReviewFixture.CHAIN, new ReviewDraft("wrong", "Reverse it with slicing.", 1, 0, false, null));
        f.reviews.submit(bob.id(), ReviewFixture.CHAIN, new ReviewDraft("wrong", "Use reversed() and join.", null, 3, true, null));
        bench = new ReviewWorkbench(f.db, new DirectTaskExecutor());
        vm = new DisagreementsViewModel(bench);
    }

    @Test
    void nonLeadsSeeNothingOfTheQueue() {
        bench.setReviewer(bob);
        assertThat(vm.leadProperty().get()).isFalse();
        assertThat(vm.totalProperty().get()).isZero();
        vm.select(0);
        assertThat(vm.compare().reviews()).isEmpty();
    }

    @Test
    void queueShowsWhyEachItemIsThereMostDisagreedFirst() {
        bench.setReviewer(f.lead("Lea"));
        assertThat(vm.rows()).extracting(Disagreement::itemId).containsExactly("fi-g3", "fi-c1", "fi-g2");
        assertThat(vm.rows().get(2).reasons()).as("2 of 3 agree on the label, but not on the correction")
                .containsExactly(ExclusionReason.CORRECTIONS_DISAGREE);
        assertThat(vm.rows().get(1).reasons()).containsExactly(ExclusionReason.CORRECTIONS_DISAGREE, ExclusionReason.PICKS_DISAGREE);
        assertThat(vm.rows().get(0).awaitingMoreReviews()).as("labels disagree at the overlap: dynamic overlap").isTrue();
        assertThat(DisagreementsView.why(vm.rows().get(0))).isEqualTo("Here because: not enough reviewers gave the same "
                + "label. Awaiting more reviews: dynamic overlap is giving it another reviewer; decide now, or wait for them.");
        assertThat(vm.openProperty().get()).isEqualTo(3);
    }

    @Test
    void aTiePreselectsNothingSoDecidingAsksForALabel() {
        bench.setReviewer(f.lead("Lea"));
        vm.select(0);
        assertThat(vm.form().labelProperty().get()).as("good, wrong, unsafe: one each").isNull();
        vm.decide();
        assertThat(vm.problemProperty().get()).isTrue();
        assertThat(f.adjudication.decision(f.reviewers.named("Lea").orElseThrow().id(), "fi-g3")).isEmpty();
    }

    @Test
    void leadTakesOneReviewersCorrectionChangesTheLabelAndDecides() {
        Reviewer lea = f.lead("Lea");
        bench.setReviewer(lea);
        vm.select(0);
        assertThat(vm.compare().reviews()).hasSize(3);
        assertThat(vm.form().correctionProperty().get()).as("prefilled with the answer").isEqualTo("answer 3");
        assertThat(vm.take(2)).isTrue();
        assertThat(vm.form().labelProperty().get()).isEqualTo("wrong");
        assertThat(vm.form().correctionProperty().get()).isEqualTo("fix Bob");
        assertThat(vm.chooseKey("3")).isTrue();
        vm.decide();
        Adjudication a = f.adjudication.decision(lea.id(), "fi-g3").orElseThrow();
        assertThat(a.leadName()).isEqualTo("Lea");
        assertThat(a.label()).isEqualTo("unsafe");
        assertThat(a.correction()).isEqualTo("fix Bob");
        assertThat(a.takenFrom()).isEqualTo(bob.id());
        assertThat(vm.selectedProperty().get().itemId()).as("moves on to the most disagreed undecided one").isEqualTo("fi-c1");
        assertThat(vm.messageProperty().get()).isEqualTo("Decided fi-g3: unsafe / policy.");
        assertThat(vm.rows()).extracting(Disagreement::itemId).as("decided items leave the queue").doesNotContain("fi-g3");

        vm.showDecidedProperty().set(true);
        assertThat(vm.rows()).extracting(Disagreement::itemId).containsExactly("fi-c1", "fi-g2", "fi-g3");
        vm.select(2);
        assertThat(vm.form().labelProperty().get()).as("a decided item reopens with its decision").isEqualTo("unsafe");
        assertThat(vm.decisionProperty().get().leadName()).isEqualTo("Lea");
    }

    @Test
    void leadDecidesAChainsPicksAndNoneAcceptableByKeyboardActions() {
        Reviewer lea = f.lead("Lea");
        bench.setReviewer(lea);
        vm.select(1);
        assertThat(vm.selectedProperty().get().itemId()).isEqualTo("fi-c1");
        assertThat(vm.form().labelProperty().get()).as("both said wrong").isEqualTo("wrong");
        assertThat(vm.form().bestProperty().get()).as("picks tie: nothing pre-selected").isNull();
        assertThat(vm.form().noneAcceptableProperty().get()).isFalse();
        assertThat(vm.form().worstProperty().get()).isNull();
        vm.decide();
        assertThat(vm.messageProperty().get()).contains("best attempt");
        vm.form().toggleNoneAcceptable();
        vm.form().moveFocus(-1);
        vm.form().markWorst();
        vm.take(1);
        assertThat(vm.form().bestProperty().get()).as("taking Ann's review takes her picks").isEqualTo(1);
        vm.form().toggleNoneAcceptable();
        vm.form().focus(2);
        vm.form().markWorst();
        vm.decide();
        Adjudication a = f.adjudication.decision(lea.id(), "fi-c1").orElseThrow();
        assertThat(a.noneAcceptable()).isTrue();
        assertThat(a.best()).isNull();
        assertThat(a.worst()).isEqualTo(2);
        assertThat(a.correction()).isEqualTo("Reverse it with slicing.");
        assertThat(a.takenFrom()).isEqualTo(ann.id());
    }
}
