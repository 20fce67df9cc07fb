package dev.concord.ui.queue;

import dev.concord.model.FlagReason;
import dev.concord.model.QueueEntry;
import dev.concord.service.QueueService;
import dev.concord.service.ReviewFixture;
import dev.concord.ui.common.DirectTaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The flagged-queue screen's state without the toolkit: every read goes through the executor it is given. */
class QueueViewModelTest {
    @TempDir
    Path dir;
    private ReviewFixture f;
    private DirectTaskExecutor jobs;
    private QueueViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        f = new ReviewFixture(dir, 3);
        jobs = new DirectTaskExecutor();
        vm = new QueueViewModel(new QueueService(f.db), jobs);
    }

    @Test
    void countsAndPagesTheQueueThroughTheExecutor() {
        assertThat(vm.countProperty().get()).isEqualTo("4 items");
        assertThat(vm.totalProperty().get()).isEqualTo(4);
        assertThat(ids()).containsExactlyInAnyOrder("fi-g1", "fi-g2", "fi-g3", ReviewFixture.CHAIN);
        assertThat(jobs.titles()).as("the count and the page were jobs, not reads on the caller's thread").isNotEmpty();
    }

    @Test
    void searchListsOnlyMatchingItemsAndAWhitespaceChangeDoesNotReadAgain() {
        vm.searchProperty().set("chain question");
        assertThat(vm.countProperty().get()).isEqualTo("1 item matches");
        assertThat(ids()).containsExactly(ReviewFixture.CHAIN);
        int jobsBefore = jobs.titles().size();
        vm.searchProperty().set("  chain question ");
        assertThat(jobs.titles()).as("same search once stripped").hasSize(jobsBefore);
        vm.searchProperty().set("question");
        assertThat(vm.countProperty().get()).isEqualTo("4 items match");
        vm.searchProperty().set("no such words");
        assertThat(vm.countProperty().get()).isEqualTo("0 items match");
        assertThat(vm.rows()).isEmpty();
    }

    @Test
    void theReasonFilterListsOnlyItemsFlaggedForIt() {
        vm.reasonFilterProperty().set(FlagReason.MANY_REGENERATIONS);
        assertThat(ids()).containsExactly(ReviewFixture.CHAIN);
        vm.reasonFilterProperty().set(FlagReason.DOWNVOTE_NO_CORRECTION);
        assertThat(ids()).containsExactlyInAnyOrder("fi-g1", "fi-g2", "fi-g3");
        vm.reasonFilterProperty().set(null);
        assertThat(vm.totalProperty().get()).isEqualTo(4);
    }

    @Test
    void selectingARowReadsTheWholeItemWithEveryAttemptAndARefreshClearsIt() {
        vm.searchProperty().set("chain");
        vm.select(vm.rows().get(0));
        assertThat(vm.selectedItemProperty().get().id()).isEqualTo(ReviewFixture.CHAIN);
        assertThat(vm.selectedItemProperty().get().attempts()).hasSize(4);
        vm.select(null);
        assertThat(vm.selectedItemProperty().get()).isNull();
        vm.select(vm.rows().get(0));
        vm.refresh();
        assertThat(vm.selectedItemProperty().get()).isNull();
    }

    @Test
    void reviewThisAndForgetThisGoWhereTheyAreSentAndForgetOnlyWhenAllowed() {
        List<String> reviewed = new ArrayList<>();
        List<String> forgotten = new ArrayList<>();
        vm.setOnReview(reviewed::add);
        vm.setOnForget(e -> forgotten.add(e.session()));
        QueueEntry first = vm.rows().get(0);
        vm.reviewThis(first);
        vm.reviewThis(null);
        assertThat(reviewed).containsExactly(first.id());
        vm.forgetThis(first);
        vm.setForgetAllowed(false);
        vm.forgetThis(first);
        assertThat(forgotten).as("a second forget while not allowed does nothing").containsExactly(first.session());
    }

    @Test
    void aQueueThatCannotBeReadSaysSoInTheCountLine() {
        f.db.inTransaction(c -> {
            try (var s = c.createStatement()) {
                s.executeUpdate("ALTER TABLE flagged_items RENAME TO flagged_items_gone");
            }
            return null;
        });
        vm.refresh();
        assertThat(vm.countProperty().get()).startsWith("Cannot read the queue: ");
    }

    private List<String> ids() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < vm.rows().size(); i++) {
            out.add(vm.rows().get(i).id());
        }
        return out;
    }
}
