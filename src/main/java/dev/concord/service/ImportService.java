package dev.concord.service;

import dev.concord.ingest.ConsentFilter;
import dev.concord.ingest.EventRedactor;
import dev.concord.ingest.FlagRules;
import dev.concord.ingest.FormatReader;
import dev.concord.ingest.LogFileException;
import dev.concord.ingest.LogFileReader;
import dev.concord.ingest.LogFormat;
import dev.concord.ingest.formats.FeedbackOptions;
import dev.concord.ingest.formats.Mapping;
import dev.concord.model.LogEvent;
import dev.concord.model.ProgressListener;
import dev.concord.model.SourceRef;
import dev.concord.model.TombstoneKind;
import dev.concord.redact.Pseudonyms;
import dev.concord.redact.Redactor;
import dev.concord.store.Database;
import dev.concord.store.ErasedCounts;
import dev.concord.store.EventWriter;
import dev.concord.store.GenerationConflicts;
import dev.concord.store.IngestLedger;
import dev.concord.store.IngestRun;
import dev.concord.store.QueueBuilder;
import dev.concord.store.RebuildScope;
import dev.concord.store.UnitOfWork;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Ingests agent logs: reads each JSONL file as a stream, redacts PII from every event before storing it,
 * stores events idempotently, then rebuilds the flagged queue and the automatic candidates of the sessions it
 * touched (of every session when the regeneration threshold changed since the last ingest). Reading and
 * redacting run on a second thread beside the database writes ({@link EventPipeline}). The whole run is one
 * transaction: cancelled or failed, it leaves the database as it was.
 */
public final class ImportService {
    /** How many rejections and warnings a report lists by line; the counts stay exact. */
    public static final int MAX_LISTED = 1_000;
    /**
     * Shares of the progress bar: reading and storing the files (by bytes), then re-deriving the queue (by
     * sessions). They take about as long as each other on a first ingest (docs/benchmarks.md). The commit
     * after them reports no progress: the bar shows "saving" and runs indeterminate.
     */
    private static final double READING = 1;
    private static final double DERIVING = 1;
    static final String SAVING = "saving to the database";

    /** The file name that stands for standard input in {@link #ingest(List, InputStream, ProgressListener)}. */
    public static final String STDIN = "-";
    /** What reports and the store call standard input. */
    static final String STDIN_NAME = "stdin";

    private final Database db;
    /** The project's redactor, resolved when an ingest starts (it reads the project's rules), not where the service is made. */
    private final Supplier<Redactor> redactor;
    private final FlagRules flagRules;
    private final int maxLineBytes;
    private final boolean exclusiveFirstLoad;
    private final Formats formats;

    /** How the files are read: their format (auto-detected per file by default), feedback options, mapping. */
    public record Formats(LogFormat format, FeedbackOptions feedback, Mapping mapping) {
        public static final Formats AUTO = new Formats(LogFormat.AUTO, FeedbackOptions.defaults(), null);
    }

    /** @param maxLineBytes longer lines are rejected as {@code file:line} and read through without being kept */
    public ImportService(Database db, Redactor redactor, FlagRules flagRules, int maxLineBytes) {
        this(db, () -> redactor, flagRules, maxLineBytes, false, Formats.AUTO);
    }

    public ImportService(Database db, Redactor redactor, FlagRules flagRules) {
        this(db, redactor, flagRules, LogFileReader.DEFAULT_MAX_LINE_BYTES);
    }

    private ImportService(Database db, Supplier<Redactor> redactor, FlagRules flagRules, int maxLineBytes,
                          boolean exclusiveFirstLoad, Formats formats) {
        this.db = db;
        this.redactor = redactor;
        this.flagRules = flagRules;
        this.maxLineBytes = maxLineBytes;
        this.exclusiveFirstLoad = exclusiveFirstLoad;
        this.formats = formats;
    }

    /** This service, reading the files in the given format (default: {@link Formats#AUTO}). */
    public ImportService withFormats(Formats formats) {
        return new ImportService(db, redactor, flagRules, maxLineBytes, exclusiveFirstLoad, formats);
    }

    /**
     * This service, for a caller that has the database to itself (the command line): an ingest into a database
     * that holds no events yet then writes every page once instead of twice, bypassing the WAL
     * ({@link Database#inBulkUnitOfWork}). While it runs, other connections cannot open the database. The app,
     * whose other views read while it imports, does not use this.
     */
    public ImportService exclusiveFirstLoad() {
        return new ImportService(db, redactor, flagRules, maxLineBytes, true, formats);
    }

    public ImportService(Database db) {
        this(db, new ProjectRules(db)::redactor, new FlagRules(), LogFileReader.DEFAULT_MAX_LINE_BYTES, false, Formats.AUTO);
    }

    /** Ingests the files in order and reports what happened. Throws {@code CancelledException} if cancelled. */
    public IngestReport ingest(List<Path> files, ProgressListener progress) {
        return ingest(files, null, progress);
    }

    /**
     * As {@link #ingest(List, ProgressListener)}, reading {@code stdin} where a file is named {@value #STDIN}
     * (reported and stored as {@value #STDIN_NAME}). Every source is read once, front to back.
     */
    public IngestReport ingest(List<Path> files, InputStream stdin, ProgressListener progress) {
        long started = System.nanoTime();
        Redactor rules = redactor.get();
        UnitOfWork.Work<IngestReport> work = store -> new Run(files, stdin, progress, rules).execute(store, started);
        return exclusiveFirstLoad ? db.inBulkUnitOfWork(work) : db.inUnitOfWork(work);
    }

    private static boolean isStdin(Path file, InputStream stdin) {
        return stdin != null && file.toString().equals(STDIN);
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private final class Run implements LogFileReader.Handler {
        private final List<Path> files;
        private final InputStream stdin;
        private final ProgressListener progress;
        /** Resolved before the transaction opens: reading the project's rules inside a bulk load would wait on it. */
        private final Redactor rules;
        private EventRedactor eventRedactor;
        private ConsentFilter consent;
        private final List<String> rejections = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private final List<String> fileErrors = new ArrayList<>();
        private final List<String> formatsRead = new ArrayList<>();
        private final StagedProgress stages;
        private final long totalBytes;
        private long bytesDone;
        private EventWriter writer;
        private EventPipeline.EventSink sink;
        private long rejected;
        private long lines;

        Run(List<Path> files, InputStream stdin, ProgressListener progress, Redactor rules) {
            this.rules = rules;
            this.files = files;
            this.stdin = stdin;
            this.progress = progress;
            this.stages = new StagedProgress(progress, READING, DERIVING);
            this.totalBytes = files.stream().mapToLong(ImportService::sizeOrZero).sum();
        }

        IngestReport execute(UnitOfWork store, long started) throws Exception {
            List<String> names = files.stream().map(this::name).toList();
            IngestRun run = store.beginIngest(String.join("\n", names));
            byte[] idKey = run.idPseudonymKey(Pseudonyms.KEY_BYTES);
            Pseudonyms keys = new Pseudonyms(rules, idKey);
            eventRedactor = new EventRedactor(rules, keys);
            consent = new ConsentFilter(run.tombstones(), keys);
            try (EventWriter w = run.eventWriter()) {
                writer = w;
                EventPipeline.run(this::readAll, w::add);
                w.flush();
                for (GenerationConflicts.Conflict k : w.conflicts().listed()) {
                    warnings.add(k.second() + ": generation id already stored from " + k.first()
                            + " with different content; the first version is kept, this line is skipped");
                }
            }
            ErasedCounts erased = ErasedCounts.NONE;
            for (String session : consent.withdrawnSessions()) {
                erased = erased.plus(run.forgetSessions(Set.of(session), keys::tombstone, "consent", session,
                        Instant.now()));
            }
            for (String generation : consent.forgottenGenerations()) {
                run.tombstone(keys.tombstone(TombstoneKind.GENERATION, generation), TombstoneKind.GENERATION,
                        Instant.now());
            }
            long orphans = run.orphanCount();
            for (IngestLedger.Orphan o : run.orphans(MAX_LISTED)) {
                warnings.add(o.file() + ":" + o.line() + ": " + o.kind() + " for generation '" + o.generation()
                        + "' that is not in the database yet; kept, and linked when that generation is ingested");
            }
            long queueStarted = System.nanoTime();
            RebuildScope scope = run.lastRegenerationThreshold() == flagRules.regenerationThreshold()
                    ? run.touchedSessions() : RebuildScope.all();
            ProgressListener deriving = stages.part(1, QueueBuilder.MESSAGE, 0, run.sessionCount(scope));
            deriving.progress(0, -1, QueueBuilder.MESSAGE);
            QueueBuilder.Result derived = run.rebuildQueue(flagRules, scope, deriving);
            run.finish(lines, writer.stored(), writer.duplicates(), rejected);
            progress.beginCommit();
            progress.progress(0, -1, SAVING);
            return new IngestReport(names, lines, writer.stored(), writer.duplicates(), rejected, List.copyOf(rejections),
                    orphans, List.copyOf(warnings), List.copyOf(fileErrors), eventRedactor.counts().asMap(),
                    derived.store().sessions(), derived.rebuilt(), derived.store().items(), derived.store().byReason(),
                    derived.store().byKind(),
                    (System.nanoTime() - started) / 1_000_000, (System.nanoTime() - queueStarted) / 1_000_000,
                    List.copyOf(formatsRead),
                    new Consent(consent.withheld(), consent.withdrawnSessions().size(), erased.events(), consent.forgotten()));
        }

        /** Runs on the pipeline's reader thread: parses and redacts every file, in order. */
        private void readAll(EventPipeline.EventSink out) throws Exception {
            sink = out;
            FormatReader reader = new FormatReader(formats.format(), formats.feedback(), formats.mapping(), maxLineBytes);
            for (Path file : files) {
                String name = name(file);
                ProgressListener reading = stages.part(0, "reading " + (isStdin(file, stdin) ? name : file.getFileName()),
                        bytesDone, totalBytes);
                bytesDone += sizeOrZero(file);
                try {
                    FormatReader.Result read = isStdin(file, stdin)
                            ? reader.read(name, stdin, 0, this, reading) : reader.read(file, this, reading);
                    LogFileReader.FileResult result = read.file();
                    formatsRead.add(describe(name, read));
                    lines += result.lines();
                    if (result.lines() == result.blankLines()) {
                        warnings.add(name + ": file is empty; nothing to ingest");
                    }
                } catch (LogFileException e) {
                    fileErrors.add(e.getMessage());
                }
            }
        }

        private static String describe(String name, FormatReader.Result read) {
            StringBuilder b = new StringBuilder(name).append(": ").append(read.format().wireName())
                    .append(read.detected() ? " (detected)" : " (as given)");
            if (read.skipped() > 0) {
                b.append("; ").append(read.skipped()).append(" items without a conversation passed over");
            }
            if (read.evaluatorScores() > 0) {
                b.append("; ").append(read.evaluatorScores()).append(" evaluator scores kept with their generations (not feedback)");
            }
            return b.toString();
        }

        private String name(Path file) {
            return isStdin(file, stdin) ? STDIN_NAME : file.toString();
        }

        @Override
        public void event(LogEvent event) throws Exception {
            LogEvent redacted = eventRedactor.redact(event);
            if (consent.admits(redacted)) {
                sink.accept(redacted);
            }
        }

        @Override
        public void rejected(SourceRef where, String reason) {
            rejected++;
            if (rejections.size() < MAX_LISTED) {
                rejections.add(where + ": " + reason);
            }
        }
    }
}
