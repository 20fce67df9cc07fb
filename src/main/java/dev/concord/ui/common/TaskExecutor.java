package dev.concord.ui.common;

import dev.concord.model.ProgressListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs the UI's long work (store reads and writes, imports, analyses, exports) off the UI thread, one job after
 * another in the order asked, and shows the running job: its title and step, progress, whether it can still be
 * cancelled. The work is synchronous core code taking a {@link ProgressListener}; its result (or error) comes
 * back on the UI thread. {@link FxTaskExecutor} is the app's (a {@code javafx.concurrent.Task} per job);
 * {@link DirectTaskExecutor} runs each job at once on the calling thread, for view-model tests without the
 * toolkit. Instances are made in one place ({@code ConcordApp}) and injected.
 */
public interface TaskExecutor {
    /**
     * Queues work. Exactly one of the callbacks runs later, on the UI thread; a cancelled job reports a
     * {@code CancelledException} through {@code onError}.
     */
    <T> void run(String title, Function<ProgressListener, T> work, Consumer<T> onSuccess, Consumer<Throwable> onError);

    /**
     * One job at a time: runs the work only when no job is running or waiting here, and says whether it did. For
     * actions that promise it (an import, opening a database, an export), where a second click must not queue a
     * second run.
     */
    default <T> boolean runAlone(String title, Function<ProgressListener, T> work, Consumer<T> onSuccess,
                                 Consumer<Throwable> onError) {
        if (runningProperty().get()) {
            return false;
        }
        run(title, work, onSuccess, onError);
        return true;
    }

    /**
     * Asks the running job to stop; its transaction rolls back and it reports cancelled. Does nothing once the job
     * has begun to commit ({@link ProgressListener#beginCommit()}): its result is then going to land. Jobs waiting
     * behind it still run.
     */
    void cancel();

    /** Whether a job runs or waits. */
    ReadOnlyBooleanProperty runningProperty();

    /** Whether the running job can still be cancelled: false before it starts and once it commits. */
    ReadOnlyBooleanProperty cancellableProperty();

    /** The running job's progress, 0 to 1, or negative while unknown. */
    ReadOnlyDoubleProperty progressProperty();

    /** The running job's title followed by the step it last reported ("Importing 1 file(s)… · reading a.jsonl"). */
    ReadOnlyStringProperty messageProperty();
}
