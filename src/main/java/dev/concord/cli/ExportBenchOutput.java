package dev.concord.cli;

import dev.concord.service.ExportBenchmark;

import java.io.IOException;
import java.io.PrintWriter;

/** Prints the export benchmark's figures. */
final class ExportBenchOutput {
    private ExportBenchOutput() {
    }

    static int run(ExportBenchmark bench, PrintWriter out) throws IOException {
        ExportBenchmark.Result r = bench.run(msg -> {
            out.println(msg);
            out.flush();
        });
        if (bench.database() == null) {
            out.printf("synthesized:    %,d sources in %.1f s%n", r.sources(), r.synthesizeSeconds());
        } else {
            out.printf("database:       %s, %,d reviewed items and %,d automatic candidates read%n", bench.database(),
                    r.report().tally().reviewedItems(), r.report().tally().candidates());
        }
        out.printf("export:         %,d rows in %.2f s  %,.0f rows/s%n", r.rowsWritten(), r.seconds(),
                r.rowsWritten() / r.seconds());
        out.printf("1M rows:        %.1f s at this rate (target < 10 s: %s)%n", r.secondsPerMillionRows(),
                r.secondsPerMillionRows() < 10 ? "met" : "not met");
        out.printf("cpu:            %.2f s on the exporting thread, %.2f s in the whole process on %d cores "
                + "(wall time suffers when other work shares the cores)%n", r.cpuSeconds(), r.processCpuSeconds(),
                Runtime.getRuntime().availableProcessors());
        out.printf("heap:           %d MB before, peak %d MB during the export, max heap %d MB%n", r.baselineHeapMb(),
                r.peakHeapMb(), Runtime.getRuntime().maxMemory() >> 20);
        out.flush();
        return 0;
    }
}
