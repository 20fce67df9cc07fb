package dev.concord.ingest;

import dev.concord.model.ProgressListener;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Opens a log file once, for one front-to-back read. A FIFO (named pipe) opens, as with {@code cat}, only
 * when a program writes to it: if none has after {@code noticeAfter}, the listener gets a notice naming the
 * FIFO, and a cancel while waiting ends the wait (the FIFO then reads as empty and the reader sees the cancel).
 */
final class LogSource {
    private static final long CANCEL_POLL_MILLIS = 200;

    private LogSource() {
    }

    static InputStream open(Path file, Duration noticeAfter, ProgressListener progress) throws LogFileException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw new LogFileException(file, "is a folder, not a log file");
            }
            return attributes.isOther() ? openFifo(file, noticeAfter, progress) : Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new LogFileException(file, "file not found");
        } catch (IOException e) {
            throw new LogFileException(file, "cannot read: " + e.getClass().getSimpleName());
        }
    }

    private static InputStream openFifo(Path file, Duration noticeAfter, ProgressListener progress) throws IOException {
        AtomicBoolean opened = new AtomicBoolean();
        ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "concord-fifo-wait");
            t.setDaemon(true);
            return t;
        });
        try {
            watch.schedule(() -> progress.notice(file + ": waiting for a program to write to this FIFO (named pipe); "
                    + "Ctrl+C to cancel"), noticeAfter.toMillis(), TimeUnit.MILLISECONDS);
            watch.scheduleWithFixedDelay(() -> {
                if (!opened.get() && progress.isCancelled()) {
                    unblock(file);
                }
            }, CANCEL_POLL_MILLIS, CANCEL_POLL_MILLIS, TimeUnit.MILLISECONDS);
            InputStream in = Files.newInputStream(file);
            opened.set(true);
            return in;
        } finally {
            watch.shutdownNow();
        }
    }

    /** Opens the FIFO for writing and closes it at once: the waiting open returns and reads end-of-file. */
    private static void unblock(Path fifo) {
        try (OutputStream ignored = Files.newOutputStream(fifo, StandardOpenOption.WRITE)) {
            // nothing to write
        } catch (IOException e) {
            // the wait ended some other way
        }
    }
}
