package dev.concord.ingest;

import dev.concord.ingest.formats.FeedbackOptions;
import dev.concord.ingest.formats.Mapping;
import dev.concord.model.EvaluatorScore;
import dev.concord.model.Generation;
import dev.concord.model.LogEvent;
import dev.concord.model.ProgressListener;
import dev.concord.model.Signal;
import dev.concord.model.SourceRef;

import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a file through {@link FormatReader} in tests and keeps what came out. */
public class ReadFormats implements LogFileReader.Handler {
    public final List<Generation> generations = new ArrayList<>();
    public final List<Signal> signals = new ArrayList<>();
    public final List<EvaluatorScore> scores = new ArrayList<>();
    public final List<SourceRef> sources = new ArrayList<>();
    public final List<String> rejections = new ArrayList<>();
    public FormatReader.Result result;

    public static Path fixture(String path) {
        try {
            return Path.of(ReadFormats.class.getResource("/formats/" + path).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ReadFormats read(Path file, LogFormat format) throws Exception {
        return read(file, format, FeedbackOptions.defaults(), null);
    }

    public static ReadFormats read(Path file, LogFormat format, FeedbackOptions options, Mapping mapping) throws Exception {
        ReadFormats r = new ReadFormats();
        r.result = new FormatReader(format, options, mapping, LogFileReader.DEFAULT_MAX_LINE_BYTES)
                .read(file, r, ProgressListener.NONE);
        return r;
    }

    public static ReadFormats read(String name, InputStream in, LogFormat format) throws Exception {
        ReadFormats r = new ReadFormats();
        r.result = new FormatReader(format, FeedbackOptions.defaults(), null, LogFileReader.DEFAULT_MAX_LINE_BYTES)
                .read(name, in, 0, r, ProgressListener.NONE);
        return r;
    }

    @Override
    public void event(LogEvent event) {
        if (!(event instanceof LogEvent.ScoreEvent)) {
            sources.add(event.source());
        }
        if (event instanceof LogEvent.GenerationEvent g) {
            generations.add(g.generation());
        } else if (event instanceof LogEvent.SignalEvent s) {
            signals.add(s.signal());
        } else if (event instanceof LogEvent.ScoreEvent s) {
            scores.add(s.score());
        }
    }

    @Override
    public void rejected(SourceRef where, String reason) {
        rejections.add(where + ": " + reason);
    }

    public Generation generation(String id) {
        return generations.stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no generation " + id));
    }
}
