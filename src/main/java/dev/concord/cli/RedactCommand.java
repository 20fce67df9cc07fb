package dev.concord.cli;

import dev.concord.ingest.LogFileException;
import dev.concord.model.ProgressListener;
import dev.concord.redact.RuleFileException;
import dev.concord.service.RedactionExplainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "redact", description = {
        "A dry run of redaction over a log, to tune your own rules before anything is stored: per rule, how many hits",
        "and a few examples with context, every value masked by its placeholder. Reads the log as ingest does;",
        "stores nothing and opens no database unless the project's saved rules are wanted (no --rules)."})
final class RedactCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DatabaseOption database = new DatabaseOption();

    @Mixin
    RulesOption rules = new RulesOption();

    @Option(names = "--explain", paramLabel = "FILE", required = true, description = "the JSONL log to explain")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RedactionExplainer.Explanation e;
        try {
            e = new RedactionExplainer(rules.file != null ? rules.redactor(null) : rules.redactor(database.open()))
                    .explain(file, ProgressListener.NONE);
        } catch (RuleFileException | LogFileException ex) {
            err.println("concord: " + ex.getMessage());
            return ConcordCli.EXIT_DATA_ERROR;
        }
        out.printf("%s: %d lines, %d events, %d texts, %d lines rejected (nothing stored)%n", e.file(), e.lines(),
                e.events(), e.texts(), e.rejectedLines());
        for (RedactionExplainer.RuleHits r : e.rules()) {
            if (r.hits() == 0 && !r.custom()) {
                continue;
            }
            out.printf("%-28s %-16s %d hits%s%n", r.rule(), r.placeholder(), r.hits(), r.custom() ? "  (your rule)" : "");
            r.examples().forEach(x -> out.println("    " + x));
        }
        out.flush();
        return e.rejectedLines() > 0 ? ConcordCli.EXIT_DATA_ERROR : 0;
    }
}
