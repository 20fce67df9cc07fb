package dev.concord.ingest;

import java.nio.file.Path;

/** A whole log file cannot be read: missing, a folder, unreadable or binary. */
public final class LogFileException extends Exception {
    private final transient Path file;

    public LogFileException(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
