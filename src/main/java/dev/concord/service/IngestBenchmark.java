package dev.concord.service;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.concord.generate.GenerationSummary;
import dev.concord.ingest.EventRedactor;
import dev.concord.ingest.LogFileReader;
import dev.concord.model.LogEvent;
import dev.concord.model.ProgressListener;
import dev.concord.model.SourceRef;
import dev.concord.redact.Redactor;
import dev.concord.store.BulkLoadFloor;
import dev.concord.store.Database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The ingest benchmark: generates a log of about N events and times two floors, a bare Jackson streaming parse
 * of it and a bulk load of its lines into a one-column SQLite table ({@link BulkLoadFloor}), then the ingest's
 * parse and redact stages on their own, then a full ingest (parse, redact, store, build the queue) into a fresh
 * database, recording the peak heap of the parse and of the ingest. The target compares the full ingest with
 * the sum of the two floors: what reading the file and storing it cost at the least.
 */
public final class IngestBenchmark {
    private final long events;
    private final Path dir;
    private final Path log;

    /** A benchmark on a generated log of about {@code events} events, in {@code dir} (null: a temporary folder). */
    public IngestBenchmark(long events, Path dir) {
        this(events, dir, null);
    }

    /**
     * A benchmark on the existing log {@code log} if not null (read, never changed or deleted; {@code events} is
     * then ignored), so that two builds can be timed on the same bytes; else on a generated log.
     */
    public IngestBenchmark(long events, Path dir, Path log) {
        this.events = events;
        this.dir = dir;
        this.log = log;
    }

    /** The full ingest may take at most this many times the two floors together. */
    public static final double TARGET_RATIO = 2.5;

    /**
     * What the benchmark measured. Besides the floors (bare parse, bulk load) and the full ingest, two stages of the
     * ingest timed on their own, with nothing stored: parsing every line into events, and parsing plus
     * redacting them (what the ingest's reader thread does). They bound how fast any ingest of this design
     * can be before a single row is written; each also with the CPU time of the one thread that runs it, which
     * other work on a shared machine stretches much less than the wall time. {@code rejectedLines} counts the
     * lines of a given log that the ingest would skip (always 0 for a generated log).
     */
    public record Result(long events, long lines, double megabytes, double parseSeconds, long parsePeakHeapMb,
                         double bulkLoadSeconds, double eventParseSeconds, double redactSeconds,
                         double ingestSeconds, long ingestPeakHeapMb, IngestReport report, double floorCpuSeconds,
                         double ingestCpuSeconds, double eventParseCpuSeconds, double redactCpuSeconds,
                         long rejectedLines) {
        /** Both floors together: the bare parse plus the bulk load. */
        public double floorSeconds() {
            return parseSeconds + bulkLoadSeconds;
        }

        /** The full ingest's time over the floors' (target: at most {@link #TARGET_RATIO}). */
        public double ratio() {
            return ingestSeconds / floorSeconds();
        }
    }

    public Result run(Consumer<String> log) throws IOException {
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("concord-bench");
        try {
            Path file;
            long totalEvents = -1;
            long lines = -1;
            if (this.log == null) {
                file = work.resolve("bench.jsonl");
                GenerationSummary summary = BenchSupport.generateLog(events, file, log);
                totalEvents = summary.eventsByType().values().stream().mapToLong(Long::longValue).sum();
                lines = summary.lines();
            } else {
                file = this.log;
                if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                    throw new IllegalArgumentException("--log " + file + ": not a readable file");
                }
                log.accept("timing the existing log " + file);
            }
            double mb = Files.size(file) / 1e6;

            log.accept("bare Jackson streaming parse...");
            BenchSupport.resetPeaks();
            long cpu0 = BenchSupport.processCpuNanos();
            long t0 = System.nanoTime();
            long tokens = bareParse(file);
            double parse = (System.nanoTime() - t0) / 1e9;
            long parseHeap = BenchSupport.peakHeapMb();
            if (tokens == 0) {
                throw new IllegalStateException("parsed no tokens");
            }

            log.accept("bulk load of the lines into a one-column SQLite table...");
            Path floorDb = work.resolve("floor.db");
            long[] loaded = {0};
            double bulkLoad = timed(() -> loaded[0] = BulkLoadFloor.load(file, floorDb));
            double floorCpu = (BenchSupport.processCpuNanos() - cpu0) / 1e9;
            deleteDatabase(floorDb);

            log.accept("parse into events (no redaction, nothing stored)...");
            boolean generated = this.log == null;
            LogFileReader.FileResult[] read = new LogFileReader.FileResult[1];
            long threadCpu0 = BenchSupport.threadCpuNanos();
            double eventParse = timed(() -> read[0] = readEvents(file, null, generated));
            double eventParseCpu = (BenchSupport.threadCpuNanos() - threadCpu0) / 1e9;
            if (!generated) {
                totalEvents = read[0].events();
                lines = read[0].lines();
            }
            if (loaded[0] != lines) {
                throw new IllegalStateException("bulk load stored " + loaded[0] + " of " + lines + " lines");
            }
            log.accept("parse and redact (nothing stored)...");
            long threadCpu1 = BenchSupport.threadCpuNanos();
            double redact = timed(() -> readEvents(file, new EventRedactor(Redactor.standard()), generated));
            double redactCpu = (BenchSupport.threadCpuNanos() - threadCpu1) / 1e9;

            log.accept("full ingest...");
            Database db = Database.openSqlite(work.resolve("bench.db"));
            BenchSupport.resetPeaks();
            long cpu1 = BenchSupport.processCpuNanos();
            long t1 = System.nanoTime();
            IngestReport report = new ImportService(db).exclusiveFirstLoad().ingest(List.of(file), ProgressListener.NONE);
            double ingest = (System.nanoTime() - t1) / 1e9;
            double ingestCpu = (BenchSupport.processCpuNanos() - cpu1) / 1e9;
            long ingestHeap = BenchSupport.peakHeapMb();
            return new Result(totalEvents, lines, mb, parse, parseHeap, bulkLoad, eventParse, redact, ingest,
                    ingestHeap, report, floorCpu, ingestCpu, eventParseCpu, redactCpu, read[0].rejected());
        } finally {
            if (dir == null) {
                BenchSupport.deleteTree(work);
            }
        }
    }

    private static void deleteDatabase(Path file) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }

    private interface Stage {
        void run() throws Exception;
    }

    private static double timed(Stage stage) throws IOException {
        long t = System.nanoTime();
        try {
            stage.run();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return (System.nanoTime() - t) / 1e9;
    }

    /**
     * Reads the file as an ingest does, into events, redacting them if a redactor is given; stores nothing. A
     * rejected line of a generated log is a bug; one of a given log is skipped, as the ingest skips it, and counted.
     */
    private static LogFileReader.FileResult readEvents(Path file, EventRedactor redactor, boolean generated)
            throws Exception {
        long[] events = {0};
        LogFileReader.FileResult result = new LogFileReader().read(file, new LogFileReader.Handler() {
            @Override
            public void event(LogEvent event) {
                LogEvent kept = redactor == null ? event : redactor.redact(event);
                if (kept != null) {
                    events[0]++;
                }
            }

            @Override
            public void rejected(SourceRef where, String reason) {
                if (generated) {
                    throw new IllegalStateException("generated log rejected at " + where + ": " + reason);
                }
            }
        }, ProgressListener.NONE);
        if (events[0] == 0) {
            throw new IllegalStateException(file + ": read no events");
        }
        return result;
    }

    private static long bareParse(Path file) throws IOException {
        JsonFactory factory = new JsonFactory();
        long tokens = 0;
        try (InputStream in = Files.newInputStream(file); JsonParser p = factory.createParser(in)) {
            while (p.nextToken() != null) {
                tokens++;
            }
        }
        return tokens;
    }
}
