package dev.concord.ui.common;

import dev.concord.model.CancelledException;
import dev.concord.model.ProgressListener;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs long core work off the FX thread, one job at a time, as a {@link Task}: exposes its progress, message
 * and running state for a status bar, and cancels it on request. The work gets a {@link ProgressListener}
 * that feeds the task's progress and reports cancellation; the message is the job's title followed by the
 * step the work last reported ("Importing 1 file(s)… · building the flagged queue").
 */
public final class TaskRunner {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "concord-background");
        t.setDaemon(true);
        return t;
    });
    /** A job's phases: cancel and commit race for the running job, and exactly one of them wins. */
    private static final int RUNNING = 0;
    private static final int CANCELLING = 1;
    private static final int COMMITTING = 2;

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(false);
    private AtomicInteger phase = new AtomicInteger(RUNNING);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Task<?> current;

    /**
     * Starts work in the background. Exactly one of the callbacks runs later on the FX thread; a cancelled job
     * reports "cancelled" through onError.
     */
    public <T> Task<T> run(String title, Function<ProgressListener, T> work, Consumer<T> onSuccess,
                           Consumer<Throwable> onError) {
        AtomicInteger jobPhase = new AtomicInteger(RUNNING);
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                updateMessage(title);
                updateProgress(-1, 1);
                Task<T> self = this;
                ProgressListener listener = new ProgressListener() {
                    private volatile String step = "";

                    @Override
                    public void progress(long done, long total, String what) {
                        updateProgress(total > 0 ? done : -1, total > 0 ? total : 1);
                        String now = what == null ? "" : what.strip();
                        if (!now.equals(step)) {
                            step = now;
                            updateMessage(now.isEmpty() ? title : title + " · " + now);
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return jobPhase.get() == CANCELLING || self.isCancelled();
                    }

                    @Override
                    public void beginCommit() {
                        if (!jobPhase.compareAndSet(RUNNING, COMMITTING)) {
                            throw new CancelledException();
                        }
                        Platform.runLater(() -> cancellable.set(false));
                    }
                };
                return work.apply(listener);
            }
        };
        current = task;
        phase = jobPhase;
        cancellable.set(true);
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
        running.set(true);
        task.setOnSucceeded(e -> {
            finish();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finish();
            onError.accept(task.getException());
        });
        task.setOnCancelled(e -> {
            finish();
            onError.accept(new CancelledException());
        });
        executor.execute(task);
        return task;
    }

    private void finish() {
        progress.unbind();
        message.unbind();
        progress.set(0);
        message.set("");
        running.set(false);
        cancellable.set(false);
        current = null;
    }

    /**
     * Asks the running job to stop; its transaction is rolled back. Does nothing once the job has begun to
     * commit ({@link ProgressListener#beginCommit()}): its result is then going to land.
     */
    public void cancel() {
        if (current != null && phase.compareAndSet(RUNNING, CANCELLING)) {
            current.cancel(false);
        }
    }

    /** Whether the running job can still be cancelled: false before it starts and once it commits. */
    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
