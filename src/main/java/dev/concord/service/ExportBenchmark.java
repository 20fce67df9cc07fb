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
 * records the peak heap. The heap holds 64-bit prompt keys per kept row, never texts.
 */
public final class ExportBenchmark {
    private final long rows;
    private final Path dir;

    public ExportBenchmark(long rows, Path dir) {
        this.rows = rows;
        this.dir = dir;
    }

    /** What the benchmark measured. */
    public record Result(long rowsWritten, long sources, double seconds, double cpuSeconds, long peakHeapMb, long baselineHeapMb,
                         double synthesizeSeconds, ExportReport report) {
    }

    public Result run(Consumer<String> log) throws IOException {
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("concord-bench-export");
        try {
            // Kept rows: 1.8 per SFT candidate (SFT + KTO; the 10 % on the eval side have no golden twin), 1 per
            // DPO candidate, 1.9 per reviewed item (SFT + KTO, or one golden row when held out).
            long sft = Math.round(rows * 0.38);
            long dpo = Math.round(rows * 0.2);
            long reviewed = Math.max(0, Math.round((rows - 1.8 * sft - dpo) / 1.9));
            Database db = Database.openSqlite(work.resolve("bench-export.db"));
            log.accept(String.format("synthesizing %,d SFT and %,d DPO candidates and %,d reviewed items...", sft, dpo, reviewed));
            long t0 = System.nanoTime();
            SyntheticExportData.fill(db, sft, dpo, reviewed);
            double synth = (System.nanoTime() - t0) / 1e9;
            ExportService service = new ExportService(db);
            Path out = work.resolve("export");
            log.accept("exporting into " + out + "...");
            BenchSupport.resetPeaks();
            long baseline = BenchSupport.usedHeapMb();
            java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long c1 = threads.getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            ExportReport report = service.export(ExportPolicy.defaults(), out, x -> { }, ProgressListener.NONE);
            double seconds = (System.nanoTime() - t1) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - c1) / 1e9;
            return new Result(report.tally().totalRows(), sft + dpo + reviewed, seconds, cpu, BenchSupport.peakHeapMb(), baseline, synth,
                    report);
        } finally {
            if (dir == null) {
                BenchSupport.deleteTree(work);
            }
        }
    }
}
