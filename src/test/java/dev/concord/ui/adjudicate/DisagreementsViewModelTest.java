package dev.concord.ui.adjudicate;

import dev.concord.review.Adjudication;
import dev.concord.review.ReviewDraft;
import dev.concord.review.Reviewer;
import dev.concord.service.ReviewFixture;
import dev.concord.ui.review.ReviewJobs;
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
    private Reviewer bob;

    @BeforeEach
    void setUp() throws Exception {
        f = new ReviewFixture(dir, 3);
        String[][] labels = {{"fi-g1", "good", "good", "good"}, {"fi-g2", "good", "wrong", "wrong"}, {"fi-g3", "good", "wrong", "unsafe"}};
        Reviewer[] team = {f.reviewer("Ann"), f.reviewer("Bob"), f.reviewer("Cat")};
        bob = team[1];
        for (String[] row : labels) {
            for (int i = 0; i < 3; i++) {
                f.reviews.submit(team[i].id(), row[0], new ReviewDraft(row[i + 1], "fix " + team[i].name(), null, null, false, null));
            }
        }
        bench = new ReviewWorkbench(f.db, ReviewJobs.direct());
        vm = new DisagreementsViewModel(bench);
    }

    @Test
    void nonLeadsSeeTheCountButCannotOpenOrDecide() {
        bench.setReviewer(bob);
        assertThat(vm.leadProperty().get()).isFalse();
        assertThat(vm.totalProperty().get()).isEqualTo(2);
        vm.select(0);
        assertThat(vm.compare().reviews()).isEmpty();
    }

    @Test
    void leadTakesOneReviewersCorrectionChangesTheLabelAndDecides() {
        Reviewer lea = f.lead("Lea");
        bench.setReviewer(lea);
        assertThat(vm.leadProperty().get()).isTrue();
        assertThat(vm.rows()).extracting(d -> d.itemId()).containsExactly("fi-g3", "fi-g2");
        vm.select(0);
        assertThat(vm.compare().reviews()).hasSize(3);
        assertThat(vm.correctionProperty().get()).as("prefilled with the answer").isEqualTo("answer 3");
        assertThat(vm.take(2)).isTrue();
        assertThat(vm.labelProperty().get()).isEqualTo("wrong");
        assertThat(vm.correctionProperty().get()).isEqualTo("fix Bob");
        assertThat(vm.chooseKey("3")).isTrue();
        vm.decide();
        Adjudication a = f.adjudication.decision("fi-g3").orElseThrow();
        assertThat(a.leadName()).isEqualTo("Lea");
        assertThat(a.label()).isEqualTo("unsafe");
        assertThat(a.correction()).isEqualTo("fix Bob");
        assertThat(a.takenFrom()).isEqualTo(bob.id());
        assertThat(vm.selectedProperty().get().itemId()).as("moves on to the next undecided one").isEqualTo("fi-g2");
        assertThat(vm.rows().get(1).decidedBy()).isEqualTo("Lea");
    }

    @Test
    void anEditedCorrectionIsAMergeNotTakenFromAnyone() {
        bench.setReviewer(f.lead("Lea"));
        vm.select(1);
        vm.take(1);
        vm.correctionProperty().set("fix Ann and Bob");
        vm.decide();
        Adjudication a = f.adjudication.decision("fi-g2").orElseThrow();
        assertThat(a.takenFrom()).isNull();
        assertThat(a.label()).isEqualTo("good");
        assertThat(a.correction()).isEqualTo("fix Ann and Bob");
    }
}
