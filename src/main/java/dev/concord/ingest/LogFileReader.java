package dev.concord.ingest;

import dev.concord.model.LogEvent;
import dev.concord.model.ProgressListener;
import dev.concord.model.SourceRef;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Streams one JSONL log file through the parser, line by line, never holding more than one line. Good lines
 * go to the handler as events; bad lines are reported with file, line and reason and skipped. Whole-file
 * problems (missing, unreadable, binary) throw {@link LogFileException}. Every source is read once, streaming,
 * so pipes, FIFOs and standard input lose nothing; a line over the limit is rejected without being held.
 */
public final class LogFileReader {
    /** The longest line read by default: 16 MiB. */
    public static final int DEFAULT_MAX_LINE_BYTES = 16 << 20;
    /** How long an open FIFO waits for a writer before the listener hears about it. */
    static final Duration FIFO_NOTICE = Duration.ofSeconds(3);

    /** Receives what the reader finds. */
    public interface Handler {
        void event(LogEvent event) throws Exception;

        void rejected(SourceRef where, String reason);
    }

    /**
     * Turns one non-blank, valid UTF-8 line into events for the handler and says how many it gave. A whole line
     * that cannot be read throws; a line holding several items may reject some through the handler and keep the rest.
     */
    public interface LineParser {
        long parse(byte[] bytes, int length, SourceRef where, Handler handler) throws Exception;
    }

    /** What one file yielded. */
    public record FileResult(long lines, long blankLines, long events, long rejected, long bytes) {
    }

    private final EventParser parser = new EventParser();
    private final int maxLineBytes;
    private final Duration fifoNotice;

    public LogFileReader() {
        this(DEFAULT_MAX_LINE_BYTES);
    }

    /** @param maxLineBytes lines longer than this are rejected and read through without being kept */
    public LogFileReader(int maxLineBytes) {
        this(maxLineBytes, FIFO_NOTICE);
    }

    LogFileReader(int maxLineBytes, Duration fifoNotice) {
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("the line limit must be at least 1 byte");
        }
        this.maxLineBytes = maxLineBytes;
        this.fifoNotice = fifoNotice;
    }

    /** Reads a file (a regular file, a FIFO, {@code /dev/stdin}): opened once, read once, front to back. */
    public FileResult read(Path file, Handler handler, ProgressListener progress) throws Exception {
        long size = Files.isRegularFile(file) ? Files.size(file) : 0;
        try (InputStream in = LogSource.open(file, fifoNotice, progress)) {
            progress.checkCancelled();
            return read(file.toString(), in, size, handler, progress);
        }
    }

    /**
     * Reads a stream (standard input) under the given name, once, front to back; the caller closes it.
     *
     * @param size its size in bytes for progress, or 0 if unknown
     */
    public FileResult read(String name, InputStream in, long size, Handler handler, ProgressListener progress)
            throws Exception {
        return read(name, in, size, this::concordLine, handler, progress);
    }

    private long concordLine(byte[] bytes, int length, SourceRef where, Handler handler) throws Exception {
        List<LogEvent> parsed = parser.parse(bytes, length, where);
        for (LogEvent e : parsed) {
            handler.event(e);
        }
        return parsed.size();
    }

    /** As {@link #read(String, InputStream, long, Handler, ProgressListener)}, each line going through {@code lineParser}. */
    public FileResult read(String name, InputStream in, long size, LineParser lineParser, Handler handler,
                           ProgressListener progress) throws Exception {
        long lines = 0;
        long blank = 0;
        long events = 0;
        long rejected = 0;
        LineReader reader = new LineReader(in, maxLineBytes);
        try {
            if (reader.binaryHead()) {
                throw new LogFileException(name, "looks like a binary file (NUL bytes), not JSONL text; skipped");
            }
        } catch (IOException e) {
            throw new LogFileException(name, "cannot read: " + e.getClass().getSimpleName());
        }
        while (reader.next()) {
            lines++;
            SourceRef where = new SourceRef(name, reader.lineNumber());
            byte[] bytes = reader.bytes();
            int length = reader.length();
            if (reader.tooLong()) {
                handler.rejected(where, "line is " + reader.lineBytes() + " bytes, longer than the limit of "
                        + maxLineBytes + " (--max-line-bytes); skipped");
                rejected++;
                progress.checkCancelled();
                continue;
            }
            if (isBlank(bytes, length)) {
                blank++;
                continue;
            }
            String problem = encodingProblem(bytes, length);
            if (problem != null) {
                handler.rejected(where, problem);
                rejected++;
                continue;
            }
            try {
                events += lineParser.parse(bytes, length, where, handler);
            } catch (LineRejectedException e) {
                handler.rejected(where, e.getMessage());
                rejected++;
            }
            if ((lines & 1023) == 0) {
                progress.checkCancelled();
                progress.progress(reader.bytesRead(), size, name);
            }
        }
        progress.progress(size, size, name);
        return new FileResult(lines, blank, events, rejected, Math.max(size, reader.bytesRead()));
    }

    private String encodingProblem(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                return "binary data (NUL byte) at byte " + (i + 1);
            }
            if (bytes[i] < 0) {
                return Utf8.isWellFormed(bytes, i, length) ? null : "invalid UTF-8";
            }
        }
        return null;
    }

    private static boolean isBlank(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
                return false;
            }
        }
        return true;
    }
}
