package dev.concord.cli;

import dev.concord.review.Viewer;
import dev.concord.service.ReviewCsvService;
import dev.concord.redact.RuleFileException;
import java.time.Clock;
import dev.concord.service.ReviewImportReport;
import dev.concord.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "reviews", description = "Imports and exports human reviews as CSV (item,reviewer,label,correction,best,worst).",
        subcommands = {ReviewsCommand.Import.class, ReviewsCommand.Export.class, CommandLine.HelpCommand.class})
final class ReviewsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: import FILE.csv, or export");
    }

    @Command(name = "import", description = {"Imports reviews from a CSV file with the header item,reviewer,label,correction,best,worst.",
            "Empty cells are allowed; labels by id or name; attempts numbered from 1, 'none' in best = none acceptable.",
            "Unknown reviewers are created. Bad rows are reported by file:line and left out; the rest lands (exit 3)."})
    static final class Import implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DatabaseOption database = new DatabaseOption();

        @Parameters(index = "0", paramLabel = "FILE.csv", description = "the CSV file")
        Path file;

        @Mixin
        RulesOption rules = new RulesOption();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            ReviewImportReport r;
            try {
                Database db = database.open();
                r = new ReviewCsvService(db, rules.redactor(db), Clock.systemUTC()).importFile(file);
            } catch (IOException | RuleFileException e) {
                spec.commandLine().getErr().println("error: " + e.getMessage());
                return ConcordCli.EXIT_DATA_ERROR;
            }
            out.printf("file:               %s%n", r.file());
            out.printf("rows read:          %,d%n", r.rows());
            out.printf("reviews added:      %,d%n", r.added());
            out.printf("revisions added:    %,d%n", r.revised());
            out.printf("decisions recorded: %,d%n", r.decided());
            out.printf("unchanged:          %,d%n", r.unchanged());
            out.printf("reviewers created:  %,d%s%n", r.reviewersCreated().size(),
                    r.reviewersCreated().isEmpty() ? "" : " (" + String.join(", ", r.reviewersCreated()) + ")");
            out.printf("PII redactions:     %,d%n", r.redactions());
            out.printf("bad rows:           %,d%n", r.badRows().size());
            r.badRows().forEach(b -> out.println("  " + b));
            out.flush();
            return r.hasBadRows() ? ConcordCli.EXIT_DATA_ERROR : 0;
        }
    }

    @Command(name = "export", description = {"Writes the latest reviews as CSV, in the layout import reads.",
            "Blind: a reviewer gets the reviews of the items they have reviewed themselves, a lead every review."})
    static final class Export implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DatabaseOption database = new DatabaseOption();

        @Mixin
        ViewerOption viewer = new ViewerOption();

        @Option(names = "--out", paramLabel = "FILE", description = "write here (atomically) instead of to standard output")
        Path out;

        @Override
        public Integer call() throws IOException {
            Database db = database.open();
            Viewer as = viewer.resolve(db, spec.commandLine());
            ReviewCsvService service = new ReviewCsvService(db);
            if (out == null) {
                service.export(as, spec.commandLine().getOut());
                return 0;
            }
            long n = service.export(as, out);
            spec.commandLine().getErr().printf("wrote %,d reviews to %s%n", n, out);
            spec.commandLine().getErr().flush();
            return 0;
        }
    }
}
