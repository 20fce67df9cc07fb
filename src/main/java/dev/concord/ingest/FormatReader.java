package dev.concord.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.concord.ingest.formats.FeedbackOptions;
import dev.concord.ingest.formats.LangSmithAdapter;
import dev.concord.ingest.formats.LangfuseAdapter;
import dev.concord.ingest.formats.MappedAdapter;
import dev.concord.ingest.formats.Mapping;
import dev.concord.ingest.formats.OtelAdapter;
import dev.concord.ingest.formats.Sink;
import dev.concord.ingest.formats.TraceAdapter;
import dev.concord.model.EvaluatorScore;
import dev.concord.model.LogEvent;
import dev.concord.model.ProgressListener;
import dev.concord.model.SourceRef;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one log file in any of the {@link LogFormat}s, streaming: Concord's own JSONL through {@link LogFileReader},
 * the trace formats through their adapter, as JSONL (one object per line, a bad line rejected alone) or as one JSON
 * document (a top-level array read element by element, or pretty-printed objects). With {@link LogFormat#AUTO} the
 * format is told per file from its first objects.
 */
public final class FormatReader {
    /** How much of the head of a file is looked at to tell its format: 1 MiB, held once per file. */
    static final int HEAD = 1 << 20;
    private static final int BINARY_HEAD = 8192;

    /**
     * What one file yielded.
     *
     * @param format          the format it was read as
     * @param detected        whether that format was detected (rather than given)
     * @param skipped         source items that hold no conversation (tool spans, chain runs...), passed over
     * @param evaluatorScores scores by automated evaluators (or that are no user's verdict), kept with their
     *                        generations as metadata, never as feedback
     */
    public record Result(LogFormat format, boolean detected, LogFileReader.FileResult file, long skipped,
                         long evaluatorScores) {
    }

    private final LogFormat format;
    private final FeedbackOptions feedback;
    private final Mapping mapping;
    private final int maxLineBytes;
    private final ObjectMapper mapper = new ObjectMapper();

    /** @param mapping required for {@link LogFormat#MAPPED}, ignored otherwise */
    public FormatReader(LogFormat format, FeedbackOptions feedback, Mapping mapping, int maxLineBytes) {
        if (format == LogFormat.MAPPED && mapping == null) {
            throw new IllegalArgumentException("the mapped format needs a mapping file (--mapping)");
        }
        this.format = format;
        this.feedback = feedback;
        this.mapping = mapping;
        this.maxLineBytes = maxLineBytes;
    }

    /** Reads a file (a regular file, a FIFO, {@code /dev/stdin}): opened once, read once, front to back. */
    public Result read(Path file, LogFileReader.Handler handler, ProgressListener progress) throws Exception {
        long size = Files.isRegularFile(file) ? Files.size(file) : 0;
        try (InputStream in = LogSource.open(file, LogFileReader.FIFO_NOTICE, progress)) {
            progress.checkCancelled();
            return read(file.toString(), in, size, handler, progress);
        }
    }

    /** Reads a stream under the given name, once, front to back; the caller closes it. */
    public Result read(String name, InputStream in, long size, LogFileReader.Handler handler, ProgressListener progress)
            throws Exception {
        LogFileReader lines = new LogFileReader(maxLineBytes);
        if (format == LogFormat.CONCORD) {
            return new Result(format, false, lines.read(name, in, size, handler, progress), 0, 0);
        }
        byte[] head = new byte[HEAD];
        int length = head(in, head, name, format == LogFormat.AUTO);
        InputStream buffered = new SequenceInputStream(new ByteArrayInputStream(head, 0, length), in);
        for (int i = 0; i < Math.min(length, BINARY_HEAD); i++) {
            if (head[i] == 0) {
                throw new LogFileException(name, "looks like a binary file (NUL bytes), not JSONL text; skipped");
            }
        }
        LogFormat used = format;
        if (format == LogFormat.AUTO) {
            used = length == 0 ? LogFormat.CONCORD : FormatDetector.detect(head, length);
            if (used == null) {
                throw new LogFileException(name, "format not recognised from its first objects; give --format "
                        + "(concord, otel, langfuse, langsmith, or mapped with --mapping)");
            }
        }
        boolean detected = format == LogFormat.AUTO;
        if (used == LogFormat.CONCORD) {
            return new Result(used, detected, lines.read(name, buffered, size, handler, progress), 0, 0);
        }
        Counting sink = new Counting(handler);
        TraceAdapter adapter = adapter(used);
        LogFileReader.FileResult result;
        if (FormatDetector.layout(head, length) == FormatDetector.Layout.JSONL) {
            result = lines.read(name, buffered, size, (bytes, len, where, h) -> {
                ObjectNode obj = StrictJson.object(mapper, bytes, len);
                return sink.convert(adapter, obj, "", where);
            }, handler, progress);
        } else {
            JsonStream stream = new JsonStream(mapper, name, size, (obj, pointer, where) ->
                    sink.convert(adapter, obj, pointer, where), handler, progress);
            long[] counts = stream.read(buffered);
            result = new LogFileReader.FileResult(counts[0], 0, sink.events, counts[1], size);
        }
        return new Result(used, detected, result, sink.skipped, sink.evaluatorScores);
    }

    private TraceAdapter adapter(LogFormat f) {
        return switch (f) {
            case OTEL -> new OtelAdapter(feedback);
            case LANGFUSE -> new LangfuseAdapter(feedback);
            case LANGSMITH -> new LangSmithAdapter(feedback);
            case MAPPED -> new MappedAdapter(mapping, feedback);
            default -> throw new IllegalStateException("no adapter for " + f);
        };
    }

    /**
     * Fills {@code head} from the stream until it is full, the stream ends, or the head already decides: its first
     * line is complete and one line of JSONL, and (when detecting) its complete lines name a format. A live pipe
     * ({@code tail -f log | concord ingest -}) is then read from its first lines on instead of waiting for a mebibyte;
     * the caller reads the head again before the rest.
     */
    private static int head(InputStream in, byte[] head, String name, boolean detecting) throws LogFileException {
        try {
            int n = 0;
            while (n < head.length) {
                int r = in.read(head, n, head.length - n);
                if (r < 0) {
                    break;
                }
                n += r;
                if (decides(head, n, detecting)) {
                    break;
                }
            }
            return n;
        } catch (IOException e) {
            throw new LogFileException(name, "cannot read: " + e.getClass().getSimpleName());
        }
    }

    /** Whether the complete lines of the head give the same layout and format a full head would. */
    private static boolean decides(byte[] head, int n, boolean detecting) {
        int lines = n;
        while (lines > 0 && head[lines - 1] != '\n') {
            lines--;
        }
        if (lines == 0 || FormatDetector.layout(head, lines) != FormatDetector.Layout.JSONL || isBlank(head, lines)) {
            return false;
        }
        return !detecting || FormatDetector.detect(head, lines) != null;
    }

    private static boolean isBlank(byte[] head, int n) {
        for (int i = 0; i < n; i++) {
            if (head[i] != ' ' && head[i] != '\t' && head[i] != '\r' && head[i] != '\n') {
                return false;
            }
        }
        return true;
    }

    /** Passes an adapter's findings to the handler, counting them. */
    private static final class Counting implements Sink {
        private final LogFileReader.Handler handler;
        private SourceRef where;
        private long events;
        private long skipped;
        private long evaluatorScores;

        Counting(LogFileReader.Handler handler) {
            this.handler = handler;
        }

        long convert(TraceAdapter adapter, ObjectNode obj, String pointer, SourceRef at) throws Exception {
            where = at;
            long before = events;
            adapter.convert(obj, pointer, at, this);
            return events - before;
        }

        @Override
        public void event(LogEvent event) throws Exception {
            handler.event(event);
            events++;
        }

        @Override
        public void rejected(LineRejectedException problem) {
            handler.rejected(where, problem.getMessage());
        }

        /** Passed to the handler as a {@link LogEvent.ScoreEvent}, counted apart from the events. */
        @Override
        public void evaluatorScore(EvaluatorScore score) throws Exception {
            handler.event(new LogEvent.ScoreEvent(score, where));
            evaluatorScores++;
        }

        @Override
        public void skipped() {
            skipped++;
        }
    }
}
