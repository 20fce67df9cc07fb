package dev.concord.cli;

import dev.concord.review.TeamRole;
import dev.concord.ingest.FlagRules;
import dev.concord.ingest.LogFormat;
import dev.concord.ingest.formats.FeedbackOptions;
import dev.concord.ingest.formats.Mapping;
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

@Command(name = "ingest", description = "Reads agent logs (Concord JSONL, OpenTelemetry GenAI, Langfuse, LangSmith or any "
        + "JSONL through a mapping), redacts PII, stores events and rebuilds the flagged queue.")
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

    @Option(names = "--format", defaultValue = "auto", paramLabel = "F",
            description = "auto, concord, otel, langfuse, langsmith or mapped (default: ${DEFAULT-VALUE}: told per file "
                    + "from its first objects; the report says what was detected)")
    String format;

    @Option(names = "--mapping", paramLabel = "M", description = "the mapping file (JSON or YAML) for --format mapped")
    Path mapping;

    @Option(names = "--feedback-names", split = ",", paramLabel = "NAME",
            description = "score, evaluation or feedback-key names that carry a user's verdict in trace formats "
                    + "(default: user_feedback,user-feedback,thumbs,user_score,user-score,feedback)")
    List<String> feedbackNames;

    @Option(names = "--up-at-least", defaultValue = "0.5", paramLabel = "X",
            description = "a numeric user score at or above X is thumbs up, below it down (default: ${DEFAULT-VALUE})")
    double upAtLeast;

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
        ImportService.Formats formats = formats();
        Database db = database.openFor("ingest", TeamRole.ADMIN);
        Redactor redactor;
        try {
            redactor = rules.redactor(db);
        } catch (RuleFileException e) {
            spec.commandLine().getErr().println("concord: " + e.getMessage());
            return ConcordCli.EXIT_DATA_ERROR;
        }
        ImportService service = new ImportService(db, redactor, new FlagRules(regenerations), maxLineBytes)
                .exclusiveFirstLoad().withFormats(formats);
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

    private ImportService.Formats formats() {
        LogFormat f;
        try {
            f = LogFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
        if (f == LogFormat.MAPPED && mapping == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format mapped needs --mapping M.json or M.yaml");
        }
        if (mapping != null && f != LogFormat.MAPPED) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--mapping is for --format mapped");
        }
        Mapping m = null;
        if (mapping != null) {
            try {
                m = Mapping.read(mapping);
            } catch (java.io.IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--mapping: cannot read " + mapping);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--mapping: " + e.getMessage());
            }
        }
        FeedbackOptions feedback;
        try {
            feedback = new FeedbackOptions(feedbackNames == null ? java.util.Set.copyOf(FeedbackOptions.DEFAULT_NAMES)
                    : java.util.Set.copyOf(feedbackNames), upAtLeast);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--up-at-least: " + e.getMessage());
        }
        return new ImportService.Formats(f, feedback, m);
    }
}
