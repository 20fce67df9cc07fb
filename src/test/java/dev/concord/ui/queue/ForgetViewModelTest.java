package dev.concord.ui.queue;

import dev.concord.service.ForgetService;
import dev.concord.service.QueueService;
import dev.concord.service.ReviewFixture;
import dev.concord.store.ErasedCounts;
import dev.concord.ui.common.DirectTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** "Forget this session" without the toolkit: counts first, then forgets, both as jobs; the status says counts only. */
class ForgetViewModelTest {
    @TempDir
    Path dir;

    @Test
    void theCountsAreSaidInWordsWithPlurals() {
        assertThat(ForgetViewModel.describe(new ErasedCounts(1, 3, 1, 0, 2)))
                .isEqualTo("1 session, 3 events, 1 flagged item, 0 candidates, 2 reviews");
    }

    @Test
    void previewCountsWithoutErasingThenForgetErasesAndReloads() throws Exception {
        ReviewFixture f = new ReviewFixture(dir, 2);
        DirectTaskExecutor jobs = new DirectTaskExecutor();
        List<String> status = new ArrayList<>();
        AtomicInteger reloads = new AtomicInteger();
        ForgetViewModel vm = new ForgetViewModel(() -> new ForgetService(f.db), jobs, reloads::incrementAndGet, status::add);
        QueueService queue = new QueueService(f.db);

        List<ForgetService.Result> counted = new ArrayList<>();
        vm.preview("s1", counted::add);
        assertThat(counted).singleElement().satisfies(r -> {
            assertThat(r.preview()).isTrue();
            assertThat(r.erased().items()).isEqualTo(1);
        });
        assertThat(queue.count(null, "")).as("a preview erases nothing").isEqualTo(3);

        vm.forget("s1");
        assertThat(queue.count(null, "")).isEqualTo(2);
        assertThat(reloads.get()).isEqualTo(1);
        assertThat(status).singleElement().asString().startsWith("Forgotten: 1 session, ")
                .contains("1 flagged item").doesNotContain("question 1", "answer 1");
        assertThat(jobs.titles()).containsExactly("Counting what forgetting would erase…", "Forgetting a session…");
    }

    @Test
    void aFailureIsSaidInTheStatusAndNothingReloads() {
        DirectTaskExecutor jobs = new DirectTaskExecutor();
        List<String> status = new ArrayList<>();
        AtomicInteger reloads = new AtomicInteger();
        ForgetViewModel vm = new ForgetViewModel(() -> {
            throw new IllegalStateException("the database is read-only");
        }, jobs, reloads::incrementAndGet, status::add);
        vm.forget("s1");
        assertThat(status).containsExactly("Forgetting failed: the database is read-only");
        assertThat(reloads.get()).isZero();
    }
}
