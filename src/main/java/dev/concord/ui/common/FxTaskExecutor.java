package dev.concord.ui.common;

import dev.concord.model.CancelledException;
import dev.concord.model.ProgressListener;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.concurrent.Task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The app's {@link TaskExecutor}: each job is a {@link Task} on one daemon thread of its own, so jobs run one
 * after another; callbacks and state changes happen on the FX thread. Call it from the FX thread.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private final ExecutorService thread;
    private final JobState state = new JobState();
    /** Jobs asked for and not finished (running or waiting). */
    private int pending;
    private Task<?> current;
    private AtomicInteger phase = new AtomicInteger(JobState.RUNNING);

    /** @param name the background thread's name, as thread dumps show it */
    public FxTaskExecutor(String name) {
        thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void run(String title, Function<ProgressListener, T> work, Consumer<T> onSuccess,
                        Consumer<Throwable> onError) {
        AtomicInteger jobPhase = new AtomicInteger(JobState.RUNNING);
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                updateMessage(title);
                updateProgress(-1, 1);
                Task<T> self = this;
                ProgressListener listener = JobState.listener(title, jobPhase, self::isCancelled, (fraction, text) -> {
                    updateProgress(fraction, 1);
                    if (text != null) {
                        updateMessage(text);
                    }
                }, () -> Platform.runLater(() -> {
                    if (current == self) {
                        state.cancellable.set(false);
                    }
                }));
                return work.apply(listener);
            }
        };
        pending++;
        state.running.set(true);
        task.setOnRunning(e -> {
            current = task;
            phase = jobPhase;
            state.cancellable.set(jobPhase.get() == JobState.RUNNING);
            state.progress.bind(task.progressProperty());
            state.message.bind(task.messageProperty());
        });
        task.setOnSucceeded(e -> {
            finish(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finish(task);
            onError.accept(task.getException());
        });
        task.setOnCancelled(e -> {
            finish(task);
            onError.accept(new CancelledException());
        });
        thread.execute(task);
    }

    private void finish(Task<?> task) {
        pending--;
        if (current == task) {
            current = null;
            state.progress.unbind();
            state.message.unbind();
            state.cancellable.set(false);
        }
        if (pending == 0) {
            state.idle();
        }
    }

    @Override
    public void cancel() {
        if (current != null && phase.compareAndSet(JobState.RUNNING, JobState.CANCELLING)) {
            current.cancel(false);
        }
    }

    @Override
    public ReadOnlyBooleanProperty runningProperty() {
        return state.runningProperty();
    }

    @Override
    public ReadOnlyBooleanProperty cancellableProperty() {
        return state.cancellableProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return state.progressProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return state.messageProperty();
    }
}
