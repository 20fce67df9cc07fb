package dev.concord.ui.common;

import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The status bar's view of background work: the title, then the step the work says it is on. */
@ExtendWith(ApplicationExtension.class)
class FxTaskExecutorTest {
    private static void waitUntil(FxTaskExecutor tasks, String message) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message.equals(tasks.messageProperty().get()));
    }

    @Test
    void messageShowsTheTitleThenEachStepTheWorkReports() throws Exception {
        FxTaskExecutor tasks = new FxTaskExecutor("test");
        CountDownLatch firstStepSeen = new CountDownLatch(1);
        CountDownLatch secondStepSeen = new CountDownLatch(1);
        AtomicReference<String> result = new AtomicReference<>();
        Platform.runLater(() -> tasks.run("Importing 1 file…", p -> {
            try {
                p.progress(1, 4, "reading a.jsonl");
                firstStepSeen.await(10, TimeUnit.SECONDS);
                p.progress(0, -1, "saving to the database");
                secondStepSeen.await(10, TimeUnit.SECONDS);
                return "done";
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, result::set, e -> result.set("failed: " + e)));

        waitUntil(tasks, "Importing 1 file… · reading a.jsonl");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tasks.progressProperty().get() == 0.25);
        firstStepSeen.countDown();
        waitUntil(tasks, "Importing 1 file… · saving to the database");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tasks.progressProperty().get() < 0);
        secondStepSeen.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "done".equals(result.get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tasks.messageProperty().get()).as("cleared when the work ends").isEmpty();
        assertThat(tasks.runningProperty().get()).isFalse();
    }

    @Test
    void onceTheWorkBeginsToCommitCancelIsRefusedAndTheResultLands() throws Exception {
        FxTaskExecutor tasks = new FxTaskExecutor("test");
        CountDownLatch committing = new CountDownLatch(1);
        CountDownLatch finishCommit = new CountDownLatch(1);
        AtomicReference<String> result = new AtomicReference<>();
        Platform.runLater(() -> tasks.run("Exporting…", p -> {
            try {
                p.beginCommit();
                committing.countDown();
                finishCommit.await(10, TimeUnit.SECONDS);
                return "landed";
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, result::set, e -> result.set("failed: " + e)));

        assertThat(committing.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !tasks.cancellableProperty().get());
        WaitForAsyncUtils.asyncFx(tasks::cancel).get(5, TimeUnit.SECONDS);
        finishCommit.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> result.get() != null);
        assertThat(result.get()).as("the commit was not reported as cancelled").isEqualTo("landed");
    }

    @Test
    void cancelAskedBeforeTheCommitMakesTheWorkRollBack() throws Exception {
        FxTaskExecutor tasks = new FxTaskExecutor("test");
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch cancelAsked = new CountDownLatch(1);
        AtomicReference<String> committed = new AtomicReference<>("no");
        AtomicReference<Throwable> error = new AtomicReference<>();
        Platform.runLater(() -> tasks.run("Importing…", p -> {
            started.countDown();
            try {
                cancelAsked.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            p.beginCommit();
            committed.set("yes");
            return "landed";
        }, r -> { }, error::set));

        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tasks.cancellableProperty().get());
        WaitForAsyncUtils.asyncFx(tasks::cancel).get(5, TimeUnit.SECONDS);
        cancelAsked.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> error.get() != null);
        assertThat(error.get()).isInstanceOf(dev.concord.model.CancelledException.class);
        Thread.sleep(200);
        assertThat(committed.get()).as("beginCommit threw, so the work never reached its commit").isEqualTo("no");
    }

    @Test
    void aJobAskedForWhileAnotherRunsWaitsForItAndRunningStaysTrueUntilBothEnd() throws Exception {
        FxTaskExecutor tasks = new FxTaskExecutor("test");
        CountDownLatch release = new CountDownLatch(1);
        List<String> order = new CopyOnWriteArrayList<>();
        Platform.runLater(() -> {
            tasks.run("first", p -> {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                order.add("first ran");
                return 1;
            }, r -> order.add("first done"), e -> order.add("first failed"));
            tasks.run("second", p -> {
                order.add("second ran");
                return 2;
            }, r -> order.add("second done running=" + tasks.runningProperty().get()), e -> order.add("failed"));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "first".equals(tasks.messageProperty().get()));
        assertThat(WaitForAsyncUtils.asyncFx(() -> tasks.runAlone("third", p -> 3, r -> { }, e -> { }))
                .get(5, TimeUnit.SECONDS)).as("one job at a time: refused while others run or wait").isFalse();
        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> order.size() == 4);
        assertThat(order).as("the second job's work waits for the first's").containsSubsequence("first ran", "second ran")
                .containsSubsequence("first done", "second done running=false");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tasks.runningProperty().get()).isFalse();
        assertThat(WaitForAsyncUtils.asyncFx(() -> tasks.runAlone("fourth", p -> 4, r -> { }, e -> { }))
                .get(5, TimeUnit.SECONDS)).as("accepted once idle").isTrue();
    }
}
