package dev.concord.ui.review;

import dev.concord.ui.common.TaskRunner;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs the review screens' store work: in the app on a background thread of its own (a {@link TaskRunner}
 * separate from the main one, so a running import does not hold up reviewing), one job after another, with the
 * callbacks on the FX thread; in view-model tests directly.
 */
public interface ReviewJobs {
    <T> void run(String title, Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError);

    /** Background jobs for the app. */
    static ReviewJobs background() {
        TaskRunner runner = new TaskRunner();
        return new ReviewJobs() {
            @Override
            public <T> void run(String title, Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
                runner.run(title, progress -> work.get(), onSuccess, onError);
            }
        };
    }

    /** Runs each job at once on the calling thread (tests). */
    static ReviewJobs direct() {
        return new ReviewJobs() {
            @Override
            public <T> void run(String title, Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
                T value;
                try {
                    value = work.get();
                } catch (RuntimeException e) {
                    onError.accept(e);
                    return;
                }
                onSuccess.accept(value);
            }
        };
    }
}
