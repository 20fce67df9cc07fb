package dev.concord.ingest;

import dev.concord.model.LogEvent;
import dev.concord.model.ProgressListener;
import dev.concord.model.SourceRef;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Streams one JSONL log file through the parser, line by line, never holding more than one line. Good lines
 * go to the handler as events; bad lines are reported with file, line and reason and skipped. Whole-file
 * problems (missing, unreadable, binary) throw {@link LogFileException}.
 */
public final class LogFileReader {
    private static final int BINARY_PROBE = 8192;

    /** Receives what the reader finds. */
    public interface Handler {
        void event(LogEvent event) throws Exception;

        void rejected(SourceRef where, String reason);
    }

    /** What one file yielded. */
    public record FileResult(long lines, long blankLines, long events, long rejected, long bytes) {
    }

    private final EventParser parser = new EventParser();
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    public FileResult read(Path file, Handler handler, ProgressListener progress) throws Exception {
        String name = file.toString();
        long size = probe(file);
        long lines = 0;
        long blank = 0;
        long events = 0;
        long rejected = 0;
        try (InputStream in = Files.newInputStream(file); LineReader reader = new LineReader(in)) {
            while (reader.next()) {
                lines++;
                SourceRef where = new SourceRef(name, reader.lineNumber());
                byte[] bytes = reader.bytes();
                int length = reader.length();
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
                    List<LogEvent> parsed = parser.parse(bytes, length, where);
                    for (LogEvent e : parsed) {
                        handler.event(e);
                        events++;
                    }
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
        }
        return new FileResult(lines, blank, events, rejected, size);
    }

    private static long probe(Path file) throws LogFileException {
        try {
            if (Files.isDirectory(file)) {
                throw new LogFileException(file, "is a folder, not a log file");
            }
            long size = Files.size(file);
            try (InputStream in = Files.newInputStream(file)) {
                byte[] head = in.readNBytes(BINARY_PROBE);
                for (byte b : head) {
                    if (b == 0) {
                        throw new LogFileException(file, "looks like a binary file (NUL bytes), not JSONL text; skipped");
                    }
                }
            }
            return size;
        } catch (NoSuchFileException e) {
            throw new LogFileException(file, "file not found");
        } catch (IOException e) {
            throw new LogFileException(file, "cannot read: " + e.getClass().getSimpleName());
        }
    }

    private String encodingProblem(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                return "binary data (NUL byte) at byte " + (i + 1);
            }
            if (bytes[i] < 0) {
                try {
                    utf8.reset().decode(ByteBuffer.wrap(bytes, 0, length));
                    return null;
                } catch (CharacterCodingException e) {
                    return "invalid UTF-8";
                }
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
