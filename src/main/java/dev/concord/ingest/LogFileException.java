package dev.concord.ingest;

import java.nio.file.Path;

/** A whole log file (or standard input) cannot be read: missing, a folder, unreadable or binary. */
public final class LogFileException extends Exception {
    public LogFileException(Path file, String reason) {
        this(file.toString(), reason);
    }

    public LogFileException(String name, String reason) {
        super(name + ": " + reason);
    }
}
