package dev.concord.cli;

import dev.concord.ingest.FlagRules;
import dev.concord.redact.Redactor;
import dev.concord.service.ImportService;
import dev.concord.service.IngestReport;
import dev.concord.service.IngestReportFormatter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "ingest", description = "Reads JSONL agent logs, redacts PII, stores events and rebuilds the flagged queue.")
final class IngestCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DatabaseOption database = new DatabaseOption();

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "JSONL log files")
    List<Path> files;

    @Option(names = "--regenerations", defaultValue = "3", paramLabel = "N",
            description = "flag retry chains with at least N regenerations (default: ${DEFAULT-VALUE})")
    int regenerations;

    @Override
    public Integer call() {
        if (regenerations < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--regenerations must be at least 1");
        }
        ImportService service = new ImportService(database.open(), Redactor.standard(), new FlagRules(regenerations))
                .exclusiveFirstLoad();
        IngestReport report;
        try (TerminalProgress progress = TerminalProgress.onConsole(spec.commandLine().getErr())) {
            report = service.ingest(files, progress);
        }
        spec.commandLine().getOut().print(IngestReportFormatter.format(report));
        spec.commandLine().getOut().flush();
        PrintWriter err = spec.commandLine().getErr();
        report.fileErrors().forEach(e -> err.println("error: " + e));
        return report.hasDataErrors() ? ConcordCli.EXIT_DATA_ERROR : 0;
    }
}
