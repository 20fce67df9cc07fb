package dev.concord.ui.common;

import dev.concord.model.CancelledException;
import dev.concord.model.ProgressListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What a {@link TaskExecutor} shows of its jobs (running, cancellable, progress, message), and the listener each
 * job's work reports to. Both executors keep their state here, so they show jobs alike.
 */
final class JobState {
    /** A job's phases: cancel and commit race for the running job, and exactly one of them wins. */
    static final int RUNNING = 0;
    static final int CANCELLING = 1;
    static final int COMMITTING = 2;

    final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(false);
    final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /**
     * The listener a job's work gets: progress and steps go to {@code update} (progress, message), a cancel asked
     * through {@code phase} or {@code cancelled} stops the work, and the commit ends cancellability through
     * {@code committing}.
     */
    static ProgressListener listener(String title, AtomicInteger phase, java.util.function.BooleanSupplier cancelled,
                                     BiConsumer<Double, String> update, Runnable committing) {
        return new ProgressListener() {
            private volatile String step = "";

            @Override
            public void progress(long done, long total, String what) {
                String now = what == null ? "" : what.strip();
                String text = now.equals(step) ? null : now.isEmpty() ? title : title + " · " + now;
                step = now;
                update.accept(total > 0 ? (double) done / total : -1, text);
            }

            @Override
            public boolean isCancelled() {
                return phase.get() == CANCELLING || cancelled.getAsBoolean();
            }

            @Override
            public void beginCommit() {
                if (!phase.compareAndSet(RUNNING, COMMITTING)) {
                    throw new CancelledException();
                }
                committing.run();
            }
        };
    }

    /** Runs the callback for a finished job's outcome. */
    static <T> void deliver(T value, Throwable error, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        if (error != null) {
            onError.accept(error);
        } else {
            onSuccess.accept(value);
        }
    }

    void idle() {
        progress.set(0);
        message.set("");
        running.set(false);
        cancellable.set(false);
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
