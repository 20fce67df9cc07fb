package dev.concord.cli;

import dev.concord.review.TeamRole;
import dev.concord.redact.CustomRule;
import dev.concord.redact.RuleFile;
import dev.concord.redact.RuleFileException;
import dev.concord.service.ProjectRules;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "rules", description = {
        "The project's own redaction rules (a JSON rules file kept in the database, see docs/redaction-rules.md):",
        "prints them, checks a file, or saves a checked file into the project (the app edits the same rules in",
        "Review > Project settings)."})
final class RulesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DatabaseOption database = new DatabaseOption();

    @Option(names = "--check", paramLabel = "FILE", description = "check a rules file (fields, patterns, examples); change nothing")
    Path check;

    @Option(names = "--set", paramLabel = "FILE", description = "check a rules file and save it as the project's rules")
    Path set;

    @Option(names = "--clear", description = "remove the project's own rules (the standard rules stay)")
    boolean clear;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            if (check != null) {
                report(out, RuleFile.parse(ProjectRules.read(check), check.toString()), "checked " + check);
            } else if (set != null) {
                report(out, new ProjectRules(database.openFor("rules --set", TeamRole.ADMIN)).save(ProjectRules.read(set)), "saved as the project's rules");
            } else if (clear) {
                new ProjectRules(database.openFor("rules --clear", TeamRole.ADMIN)).save("");
                out.println("the project's own rules are removed; the standard rules apply");
            } else {
                String text = new ProjectRules(database.open()).text();
                out.println(text.isBlank() ? "no rules of the project's own; the standard rules apply" : text.strip());
            }
        } catch (RuleFileException e) {
            spec.commandLine().getErr().println("concord: " + e.getMessage());
            return ConcordCli.EXIT_DATA_ERROR;
        }
        out.flush();
        return 0;
    }

    private static void report(PrintWriter out, List<CustomRule> rules, String what) {
        out.printf("%s: %d rules, every example checked%n", what, rules.size());
        rules.forEach(r -> out.printf("  %-28s %s%n", r.name(), r.placeholder()));
    }
}
