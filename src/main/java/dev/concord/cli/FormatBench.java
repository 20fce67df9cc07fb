package dev.concord.cli;

import dev.concord.ingest.LogFormat;
import dev.concord.service.FormatBenchmark;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Prints {@code concord bench ingest --format F}: each adapter's rate beside Concord's own format's. */
final class FormatBench {
    private FormatBench() {
    }

    static int run(List<String> names, long events, Path dir, PrintWriter out, CommandLine cl) throws Exception {
        List<LogFormat> formats = new ArrayList<>();
        for (String n : names) {
            if (n.strip().equalsIgnoreCase("all")) {
                formats.addAll(List.of(LogFormat.OTEL, LogFormat.LANGFUSE, LogFormat.LANGSMITH, LogFormat.MAPPED));
                continue;
            }
            LogFormat f;
            try {
                f = LogFormat.parse(n);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cl, "--format: " + e.getMessage());
            }
            if (f == LogFormat.AUTO || f == LogFormat.CONCORD) {
                throw new CommandLine.ParameterException(cl, "--format: give trace formats (otel, langfuse, langsmith, "
                        + "mapped or all); Concord's own format is always measured");
            }
            formats.add(f);
        }
        List<FormatBenchmark.Row> rows = new FormatBenchmark(events, dir, formats).run(msg -> {
            out.println(msg);
            out.flush();
        });
        FormatBenchmark.Row own = rows.get(0);
        out.printf("%-10s %8s %12s %14s %8s %14s %8s %s%n", "format", "MB", "generations", "read gen/s", "share",
                "ingest gen/s", "share", "target");
        boolean met = true;
        for (FormatBenchmark.Row r : rows) {
            double readShare = r.readRate() / own.readRate();
            double ingestShare = r.ingestRate() / own.ingestRate();
            boolean ok = Math.min(readShare, ingestShare) >= FormatBenchmark.TARGET_SHARE;
            met &= ok;
            out.printf("%-10s %8.1f %,12d %,14.0f %7.0f%% %,14.0f %7.0f%% %s%n", r.format().wireName(), r.megabytes(),
                    r.generations(), r.readRate(), 100 * readShare, r.ingestRate(), 100 * ingestShare,
                    r == own ? "(baseline)" : ok ? "met" : "not met");
        }
        out.printf("target: every adapter at least %.0f%% of Concord's own rate, reading and ingesting: %s%n",
                100 * FormatBenchmark.TARGET_SHARE, met ? "met" : "not met");
        out.flush();
        return 0;
    }
}
