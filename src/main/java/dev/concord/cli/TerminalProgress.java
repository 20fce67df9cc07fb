package dev.concord.cli;

import dev.concord.model.ProgressListener;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * Shows a long command's progress on standard error while a person is watching: one line, rewritten in
 * place at most five times a second and at every new step ("reading big.jsonl  42%", "saving to the
 * database…"), erased when the work ends. Without a console (a scheduled job, a pipe) it prints nothing, so
 * logs hold only the report.
 */
final class TerminalProgress implements ProgressListener, AutoCloseable {
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final LongSupplier clock;
    private String step = "";
    private long shownAt;
    private int shownWidth;

    TerminalProgress(PrintWriter err, boolean enabled, LongSupplier clock) {
        this.err = err;
        this.enabled = enabled;
        this.clock = clock;
    }

    /** Progress on {@code err} if this process has a console, otherwise silent. */
    static TerminalProgress onConsole(PrintWriter err) {
        return onConsole(err, true);
    }

    /** As {@link #onConsole(PrintWriter)}, and silent anyway when not {@code wanted}. */
    static TerminalProgress onConsole(PrintWriter err, boolean wanted) {
        return new TerminalProgress(err, wanted && System.console() != null, System::nanoTime);
    }

    @Override
    public synchronized void progress(long done, long total, String message) {
        if (!enabled) {
            return;
        }
        String what = message == null ? "" : message.strip();
        long now = clock.getAsLong();
        if (what.equals(step) && now - shownAt < REDRAW_NANOS) {
            return;
        }
        step = what;
        shownAt = now;
        String line = total > 0
                ? String.format("%s %3d%%", what, Math.min(100, Math.max(0, done * 100 / total)))
                : what + "…";
        err.print("\r" + line + " ".repeat(Math.max(0, shownWidth - line.length())));
        err.flush();
        shownWidth = line.length();
    }

    /** Prints the notice on a line of its own, with or without a console: a person or a log should see it. */
    @Override
    public synchronized void notice(String message) {
        close();
        err.println(message);
        err.flush();
    }

    /** Erases the progress line, so what follows starts on a clean line. */
    @Override
    public synchronized void close() {
        if (shownWidth > 0) {
            err.print("\r" + " ".repeat(shownWidth) + "\r");
            err.flush();
            shownWidth = 0;
        }
    }
}
