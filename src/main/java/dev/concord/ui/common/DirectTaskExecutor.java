package dev.concord.ui.common;

import dev.concord.model.ProgressListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A {@link TaskExecutor} for view-model tests without the toolkit: each job runs at once on the calling thread,
 * then its callback (a job asked for from a callback runs at once too). Keeps the titles of
 * the jobs it ran, in order.
 */
public final class DirectTaskExecutor implements TaskExecutor {
    private final JobState state = new JobState();
    private final List<String> titles = new ArrayList<>();
    private AtomicInteger phase = new AtomicInteger(JobState.RUNNING);

    @Override
    public <T> void run(String title, Function<ProgressListener, T> work, Consumer<T> onSuccess,
                        Consumer<Throwable> onError) {
        titles.add(title);
        boolean outer = !state.running.get();
        AtomicInteger jobPhase = new AtomicInteger(JobState.RUNNING);
        phase = jobPhase;
        state.running.set(true);
        state.cancellable.set(true);
        state.message.set(title);
        T value = null;
        Throwable error = null;
        try {
            value = work.apply(JobState.listener(title, jobPhase, () -> false, (fraction, text) -> {
                state.progress.set(fraction);
                if (text != null) {
                    state.message.set(text);
                }
            }, () -> state.cancellable.set(false)));
        } catch (RuntimeException e) {
            error = e;
        }
        if (outer) {
            state.idle();
        }
        JobState.deliver(value, error, onSuccess, onError);
    }

    @Override
    public void cancel() {
        phase.compareAndSet(JobState.RUNNING, JobState.CANCELLING);
    }

    /** The titles of the jobs run so far, oldest first. */
    public List<String> titles() {
        return List.copyOf(titles);
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
