package dev.concord.service;

import dev.concord.curate.ExportPolicy;
import dev.concord.model.ProgressListener;
import dev.concord.store.Database;
import dev.concord.store.SyntheticExportData;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The export benchmark: synthesizes a database that exports about N rows (automatic SFT candidates give an SFT and
 * a KTO row each, DPO-edit candidates one DPO row, reviewed good items an SFT and a KTO row or a golden row), then
 * times a full export with the default policy (both passes, PII scan, hashing, agreement, manifest, rename) and
 * records the peak heap. The heap holds 64-bit prompt keys per kept row, never texts. Given a database (one built
 * by a real ingest), it exports that one instead, opened read-only so the benchmark never changes it.
 */
public final class ExportBenchmark {
    private final long rows;
    private final Path dir;
    private final Path database;

    /**
     * @param rows     rows to synthesize (ignored with a database)
     * @param dir      working folder for the synthetic database and the export, or null for a temporary one
     * @param database an existing database to export instead of synthetic data, or null
     */
    public ExportBenchmark(long rows, Path dir, Path database) {
        this.rows = rows;
        this.dir = dir;
        this.database = database;
    }

    /** What the benchmark measured; {@code synthesizeSeconds} is 0 for an existing database. */
    public record Result(long rowsWritten, long sources, double seconds, double cpuSeconds, double processCpuSeconds,
                         long peakHeapMb, long baselineHeapMb, double synthesizeSeconds, ExportReport report) {
        /** The wall time a million rows like these would take at this rate. */
        public double secondsPerMillionRows() {
            return rowsWritten == 0 ? 0 : seconds * 1e6 / rowsWritten;
        }
    }

    public Path database() {
        return database;
    }

    public Result run(Consumer<String> log) throws IOException {
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("concord-bench-export");
        try {
            long t0 = System.nanoTime();
            Database db = database != null ? Database.openSqliteReadOnly(database) : synthesize(work, log);
            double synth = database != null ? 0 : (System.nanoTime() - t0) / 1e9;
            ExportService service = new ExportService(db);
            Path out = work.resolve("export");
            log.accept("exporting " + db.displayName() + " into " + out + "...");
            BenchSupport.resetPeaks();
            long baseline = BenchSupport.usedHeapMb();
            java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long c1 = threads.getCurrentThreadCpuTime();
            long p1 = BenchSupport.processCpuNanos();
            long t1 = System.nanoTime();
            ExportReport report = service.export(ExportPolicy.defaults(), out, x -> { }, ProgressListener.NONE);
            double seconds = (System.nanoTime() - t1) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - c1) / 1e9;
            double processCpu = (BenchSupport.processCpuNanos() - p1) / 1e9;
            long sources = report.tally().reviewedItems() + report.tally().candidates();
            return new Result(report.tally().totalRows(), sources, seconds, cpu, processCpu, BenchSupport.peakHeapMb(), baseline,
                    synth, report);
        } finally {
            if (dir == null) {
                BenchSupport.deleteTree(work);
            }
        }
    }

    private Database synthesize(Path work, Consumer<String> log) {
        // Kept rows: 1.8 per SFT candidate (SFT + KTO; the 10 % on the eval side have no golden twin), 1 per
        // DPO candidate, 1.9 per reviewed item (SFT + KTO, or one golden row when held out).
        long sft = Math.round(rows * 0.38);
        long dpo = Math.round(rows * 0.2);
        long reviewed = Math.max(0, Math.round((rows - 1.8 * sft - dpo) / 1.9));
        Database db = Database.openSqlite(work.resolve("bench-export.db"));
        log.accept(String.format("synthesizing %,d SFT and %,d DPO candidates and %,d reviewed items...", sft, dpo, reviewed));
        SyntheticExportData.fill(db, sft, dpo, reviewed);
        return db;
    }
}
