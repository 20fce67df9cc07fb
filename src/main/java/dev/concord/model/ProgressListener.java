package dev.concord.model;

/**
 * Receives progress from long synchronous work and may ask it to stop. Implementations must be cheap: work
 * calls them often. Work that sees {@link #isCancelled()} throws {@link CancelledException}.
 */
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void progress(long done, long total, String message) {
        }
    };

    /** @param total the amount of work, or -1 if unknown */
    void progress(long done, long total, String message);

    /**
     * Something a person should know while the work waits or goes on (e.g. "waiting for a writer on a
     * FIFO"). By default it shows as the current step with unknown progress.
     */
    default void notice(String message) {
        progress(0, -1, message);
    }

    default boolean isCancelled() {
        return false;
    }

    /** Throws {@link CancelledException} if cancellation was requested. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /**
     * Work calls this just before it makes its result permanent (a commit, a rename into place): from then on
     * it can no longer be cancelled, and a listener offering a Cancel button disables it. Throws
     * {@link CancelledException} if cancellation was asked for before, so the work rolls back instead.
     */
    default void beginCommit() {
        checkCancelled();
    }
}
