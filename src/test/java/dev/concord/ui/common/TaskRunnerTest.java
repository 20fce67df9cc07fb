package dev.concord.ui.common;

import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The status bar's view of background work: the title, then the step the work says it is on. */
@ExtendWith(ApplicationExtension.class)
class TaskRunnerTest {
    private static void waitUntil(TaskRunner tasks, String message) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message.equals(tasks.messageProperty().get()));
    }

    @Test
    void messageShowsTheTitleThenEachStepTheWorkReports() throws Exception {
        TaskRunner tasks = new TaskRunner();
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
}
