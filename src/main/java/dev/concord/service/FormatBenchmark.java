package dev.concord.service;

import dev.concord.generate.GenerationSummary;
import dev.concord.generate.TraceFormatWriter;
import dev.concord.ingest.FormatReader;
import dev.concord.ingest.LogFileReader;
import dev.concord.ingest.LogFormat;
import dev.concord.ingest.formats.FeedbackOptions;
import dev.concord.ingest.formats.Mapping;
import dev.concord.model.LogEvent;
import dev.concord.model.ProgressListener;
import dev.concord.model.SourceRef;
import dev.concord.store.Database;

import java.io.BufferedReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The trace-format benchmark: generates one log of about N events, writes the same conversations in each trace
 * format ({@link TraceFormatWriter}), and times, for Concord's own format and for each adapter, reading the file
 * into events (parse and convert, nothing stored; the faster of two runs, so that each adapter's code is compiled
 * by the JIT as Concord's is) and a full ingest into a fresh database. Rates are in generations
 * per second, so that formats of different sizes compare on the same conversations.
 */
public final class FormatBenchmark {
    /** An adapter must read at least this share of Concord's own rate. */
    public static final double TARGET_SHARE = 0.5;

    private final long events;
    private final Path dir;
    private final List<LogFormat> formats;

    public FormatBenchmark(long events, Path dir, List<LogFormat> formats) {
        this.events = events;
        this.dir = dir;
        this.formats = List.copyOf(formats);
    }

    /** One format's figures. */
    public record Row(LogFormat format, double megabytes, long generations, double readSeconds, double ingestSeconds,
                      long stored, long rejected) {
        public double readRate() {
            return generations / readSeconds;
        }

        public double ingestRate() {
            return generations / ingestSeconds;
        }
    }

    /** The first row is Concord's own format. */
    public List<Row> run(Consumer<String> log) throws Exception {
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("concord-format-bench");
        try {
            Path own = work.resolve("bench.concord.jsonl");
            GenerationSummary summary = BenchSupport.generateLog(events, own, log);
            long generations = summary.eventsByType().getOrDefault("generation", 0L);
            List<Row> rows = new ArrayList<>();
            rows.add(measure(LogFormat.CONCORD, own, null, generations, work, log));
            Mapping mapping = Mapping.of(new com.fasterxml.jackson.databind.ObjectMapper(
                    new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(TraceFormatWriter.MAPPING), "mapping");
            for (LogFormat f : formats) {
                Path file = work.resolve("bench." + f.wireName() + ".jsonl");
                log.accept("writing the same conversations as " + f.wireName() + "...");
                try (BufferedReader in = Files.newBufferedReader(own, StandardCharsets.UTF_8);
                     OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                    new TraceFormatWriter(f).write(in, out);
                }
                rows.add(measure(f, file, f == LogFormat.MAPPED ? mapping : null, generations, work, log));
            }
            return rows;
        } finally {
            if (dir == null) {
                BenchSupport.deleteTree(work);
            }
        }
    }

    private static Row measure(LogFormat f, Path file, Mapping mapping, long generations, Path work,
                               Consumer<String> log) throws Exception {
        log.accept(f.wireName() + ": reading into events twice (nothing stored; the faster run counts)...");
        double read = Math.min(read(f, file, mapping), read(f, file, mapping));
        log.accept(f.wireName() + ": full ingest into a fresh database...");
        Path db = work.resolve("bench." + f.wireName() + ".db");
        long t1 = System.nanoTime();
        IngestReport report = new ImportService(Database.openSqlite(db)).exclusiveFirstLoad()
                .withFormats(new ImportService.Formats(f, FeedbackOptions.defaults(), mapping))
                .ingest(List.of(file), ProgressListener.NONE);
        double ingest = (System.nanoTime() - t1) / 1e9;
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
        }
        return new Row(f, Files.size(file) / 1e6, generations, read, ingest, report.eventsStored(), report.rejectedLines());
    }

    /** Seconds to read the file into events, storing nothing. */
    private static double read(LogFormat f, Path file, Mapping mapping) throws Exception {
        long[] seen = {0};
        long t0 = System.nanoTime();
        new FormatReader(f, FeedbackOptions.defaults(), mapping, LogFileReader.DEFAULT_MAX_LINE_BYTES)
                .read(file, new LogFileReader.Handler() {
                    @Override
                    public void event(LogEvent event) {
                        seen[0]++;
                    }

                    @Override
                    public void rejected(SourceRef where, String reason) {
                        throw new IllegalStateException(f.wireName() + " rejected at " + where + ": " + reason);
                    }
                }, ProgressListener.NONE);
        if (seen[0] == 0) {
            throw new IllegalStateException(f.wireName() + ": read no events");
        }
        return (System.nanoTime() - t0) / 1e9;
    }
}
