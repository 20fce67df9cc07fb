package dev.concord.cli;

import dev.concord.review.AssignmentMode;
import dev.concord.service.ExportBenchmark;
import dev.concord.service.IngestBenchmark;
import dev.concord.service.ReviewBenchmark;
import dev.concord.service.TeamReviewBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "bench", description = "Measures throughput. Run with the heap you want checked, e.g. java -Xmx256m -jar concord.jar bench ingest")
final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", description = "ingest, review, agreement or export")
    String what;

    @Option(names = "--events", defaultValue = "1000000", paramLabel = "N", description = "approximate events in the generated log (default: ${DEFAULT-VALUE})")
    long events;

    @Option(names = "--items", defaultValue = "1000000", paramLabel = "N", description = "review: flagged items in the store (default: ${DEFAULT-VALUE})")
    long items;

    @Option(names = "--submits", defaultValue = "1000", paramLabel = "N", description = "review: submits to time (default: ${DEFAULT-VALUE})")
    int submits;

    @Option(names = "--mode", defaultValue = "both", paramLabel = "MODE",
            description = "review: assignment mode, complete, spread or both (default: ${DEFAULT-VALUE})")
    String mode;

    @Option(names = "--rows", defaultValue = "1000000", paramLabel = "N", description = "export: approximate rows to export (default: ${DEFAULT-VALUE})")
    long rows;

    @Option(names = "--db", paramLabel = "PATH|URL", description = "export: time an export of this SQLite database (opened "
            + "read-only, e.g. one built by concord generate + concord ingest) instead of synthetic rows; review: fill this "
            + "empty database (a SQLite file or jdbc:postgresql:// URL) instead of a temporary SQLite file")
    String db;

    @Option(names = "--reviewers", defaultValue = "1", paramLabel = "N",
            description = "review: reviewers submitting at once, each in its own thread with its own connections "
                    + "(default: ${DEFAULT-VALUE}: three reviewers in turn in one thread)")
    int reviewers;

    @Option(names = "--format", paramLabel = "F", split = ",",
            description = "ingest: compare reading these trace formats (otel, langfuse, langsmith, mapped, or all) "
                    + "with Concord's own format on the same conversations")
    List<String> formats;

    @Option(names = "--log", paramLabel = "FILE", description = "ingest: time this existing log (read only, never changed) "
            + "instead of generating one, e.g. to compare two builds on the same bytes; --events is then ignored")
    Path log;

    @Option(names = "--dir", paramLabel = "DIR", description = "working folder for the log and database (default: a temporary folder, deleted afterwards)")
    Path dir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if ("review".equals(what)) {
            List<AssignmentMode> modes;
            try {
                modes = "both".equalsIgnoreCase(mode.strip()) ? List.of(AssignmentMode.values())
                        : List.of(AssignmentMode.fromCode(mode));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--mode: " + e.getMessage() + " (or 'both')");
            }
            if (reviewers < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--reviewers must be 1 or more");
            }
            for (AssignmentMode m : modes) {
                if (reviewers > 1 || db != null) {
                    ReviewBench.print(new TeamReviewBenchmark(items, submits, reviewers, db, dir, m), out);
                } else {
                    ReviewBench.print(new ReviewBenchmark(items, submits, dir, m), out);
                }
            }
            return 0;
        }
        if ("agreement".equals(what)) {
            return AgreementBench.run(out);
        }
        if ("export".equals(what)) {
            return ExportBenchOutput.run(new ExportBenchmark(rows, dir, db == null ? null : Path.of(db)), out);
        }
        if (!"ingest".equals(what)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown benchmark '" + what + "' (known: ingest, review, agreement, export)");
        }
        if (formats != null) {
            return FormatBench.run(formats, events, dir, out, spec.commandLine());
        }
        IngestBenchmark.Result r = new IngestBenchmark(events, dir, log).run(msg -> {
            out.println(msg);
            out.flush();
        });
        out.printf("log:             %,d events, %,d lines, %.1f MB%s%n", r.events(), r.lines(), r.megabytes(),
                r.rejectedLines() == 0 ? "" : String.format(" (%,d lines rejected, skipped)", r.rejectedLines()));
        out.printf("bare parse:      %.2f s  %,.0f events/s  %.1f MB/s  peak heap %d MB%n", r.parseSeconds(),
                r.events() / r.parseSeconds(), r.megabytes() / r.parseSeconds(), r.parsePeakHeapMb());
        out.printf("bulk load:       %.2f s  %,.0f lines/s  %.1f MB/s  (the lines as TEXT into a one-column SQLite table, one transaction)%n",
                r.bulkLoadSeconds(), r.lines() / r.bulkLoadSeconds(), r.megabytes() / r.bulkLoadSeconds());
        out.printf("floor:           %.2f s  (bare parse + bulk load)%n", r.floorSeconds());
        out.printf("parse to events: %.2f s  %,.0f events/s  %.1f MB/s  (%.0f%% of the bare-parse rate; nothing redacted or stored)%n",
                r.eventParseSeconds(), r.events() / r.eventParseSeconds(), r.megabytes() / r.eventParseSeconds(),
                100 * r.parseSeconds() / r.eventParseSeconds());
        out.printf("parse + redact:  %.2f s  %,.0f events/s  %.1f MB/s  (%.0f%% of the bare-parse rate; nothing stored)%n",
                r.redactSeconds(), r.events() / r.redactSeconds(), r.megabytes() / r.redactSeconds(),
                100 * r.parseSeconds() / r.redactSeconds());
        out.printf("  thread cpu:    parse to events %.2f s (%,.0f events/s), parse + redact %.2f s (%,.0f events/s)%n",
                r.eventParseCpuSeconds(), r.events() / r.eventParseCpuSeconds(), r.redactCpuSeconds(),
                r.events() / r.redactCpuSeconds());
        out.printf("full ingest:     %.2f s  %,.0f events/s  %.1f MB/s  peak heap %d MB%n", r.ingestSeconds(),
                r.events() / r.ingestSeconds(), r.megabytes() / r.ingestSeconds(), r.ingestPeakHeapMb());
        out.printf("  of which:      read+redact+store %.2f s, rebuild queue and candidates %.2f s%n",
                (r.report().millis() - r.report().queueMillis()) / 1000.0, r.report().queueMillis() / 1000.0);
        out.printf("cpu:             floor %.2f s, full ingest %.2f s (the whole process, every thread, on %d cores; "
                + "other work on the machine stretches the wall times above, much less these)%n", r.floorCpuSeconds(),
                r.ingestCpuSeconds(), Runtime.getRuntime().availableProcessors());
        out.printf("ingest / floor:  %.2fx (target <= %.1fx: %s), max heap %d MB%n", r.ratio(),
                IngestBenchmark.TARGET_RATIO, r.ratio() <= IngestBenchmark.TARGET_RATIO ? "met" : "not met",
                Runtime.getRuntime().maxMemory() >> 20);
        out.flush();
        return 0;
    }
}
