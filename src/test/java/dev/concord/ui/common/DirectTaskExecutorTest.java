package dev.concord.ui.common;

import dev.concord.model.CancelledException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The executor view-model tests use: each job at once on the calling thread, shown as the FX one shows it. */
class DirectTaskExecutorTest {
    private final DirectTaskExecutor tasks = new DirectTaskExecutor();

    @Test
    void runsTheWorkAtOnceShowingItsStepsThenItsResult() {
        List<String> seen = new ArrayList<>();
        AtomicReference<String> result = new AtomicReference<>();
        tasks.run("Importing…", p -> {
            p.progress(1, 4, "reading a.jsonl");
            seen.add(tasks.messageProperty().get() + " " + tasks.progressProperty().get() + " "
                    + tasks.runningProperty().get());
            return "done";
        }, result::set, e -> result.set("failed"));

        assertThat(seen).containsExactly("Importing… · reading a.jsonl 0.25 true");
        assertThat(result.get()).isEqualTo("done");
        assertThat(tasks.runningProperty().get()).isFalse();
        assertThat(tasks.messageProperty().get()).isEmpty();
        assertThat(tasks.titles()).containsExactly("Importing…");
    }

    @Test
    void anErrorReachesOnErrorAndNotOnSuccess() {
        AtomicReference<Object> outcome = new AtomicReference<>();
        tasks.run("Failing", p -> {
            throw new IllegalStateException("disk full");
        }, outcome::set, outcome::set);
        assertThat(outcome.get()).isInstanceOf(IllegalStateException.class).hasToString(
                "java.lang.IllegalStateException: disk full");
    }

    @Test
    void aCancelAskedBeforeTheCommitRollsTheWorkBack() {
        AtomicReference<Throwable> error = new AtomicReference<>();
        AtomicReference<String> committed = new AtomicReference<>("no");
        tasks.run("Exporting…", p -> {
            tasks.cancel();
            p.beginCommit();
            committed.set("yes");
            return "landed";
        }, r -> { }, error::set);
        assertThat(error.get()).isInstanceOf(CancelledException.class);
        assertThat(committed.get()).isEqualTo("no");
    }
}
