package dev.concord.cli;

import dev.concord.ingest.FlagRules;
import dev.concord.redact.Redactor;
import dev.concord.redact.RuleFileException;
import dev.concord.store.Database;
import dev.concord.service.ImportService;
import dev.concord.service.IngestReport;
import dev.concord.service.IngestReportFormatter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "ingest", description = "Reads JSONL agent logs, redacts PII, stores events and rebuilds the flagged queue.")
final class IngestCommand implements Callable<Integer> {
    /** The largest line limit: a line is held in one array while it is parsed. */
    static final int MAX_LINE_LIMIT = 1 << 30;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DatabaseOption database = new DatabaseOption();

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "JSONL log files; - (or /dev/stdin) reads standard input, a FIFO waits for its writer")
    List<Path> files;

    @Option(names = "--regenerations", defaultValue = "3", paramLabel = "N",
            description = "flag retry chains with at least N regenerations (default: ${DEFAULT-VALUE})")
    int regenerations;

    @Option(names = "--max-line-bytes", defaultValue = "16777216", paramLabel = "BYTES",
            description = "reject longer lines as file:line and skip them without holding them (default: ${DEFAULT-VALUE}, 16 MiB)")
    int maxLineBytes;

    @Mixin
    RulesOption rules = new RulesOption();

    /** Where {@code -} reads from; tests replace it. */
    InputStream stdin = System.in;

    @Override
    public Integer call() {
        if (regenerations < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--regenerations must be at least 1");
        }
        if (maxLineBytes < 1024 || maxLineBytes > MAX_LINE_LIMIT) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--max-line-bytes must be between 1024 and " + MAX_LINE_LIMIT);
        }
        if (files.stream().anyMatch(f -> f.toString().equals(ImportService.STDIN)) && System.console() != null) {
            spec.commandLine().getErr().println("reading JSONL from standard input; end it with Ctrl+D");
        }
        Database db = database.open();
        Redactor redactor;
        try {
            redactor = rules.redactor(db);
        } catch (RuleFileException e) {
            spec.commandLine().getErr().println("concord: " + e.getMessage());
            return ConcordCli.EXIT_DATA_ERROR;
        }
        ImportService service = new ImportService(db, redactor, new FlagRules(regenerations), maxLineBytes)
                .exclusiveFirstLoad();
        IngestReport report;
        try (TerminalProgress progress = TerminalProgress.onConsole(spec.commandLine().getErr())) {
            report = service.ingest(files, stdin, progress);
        }
        spec.commandLine().getOut().print(IngestReportFormatter.format(report));
        spec.commandLine().getOut().flush();
        PrintWriter err = spec.commandLine().getErr();
        report.fileErrors().forEach(e -> err.println("error: " + e));
        return report.hasDataErrors() ? ConcordCli.EXIT_DATA_ERROR : 0;
    }
}
