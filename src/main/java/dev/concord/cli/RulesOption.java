package dev.concord.cli;

import dev.concord.redact.Redactor;
import dev.concord.redact.RuleFileException;
import dev.concord.service.ProjectRules;
import dev.concord.store.Database;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * The shared {@code --rules FILE} option: a redaction rules file (docs/redaction-rules.md) used, beside the standard
 * rules, instead of the rules saved in the project.
 */
final class RulesOption {
    @Option(names = "--rules", paramLabel = "FILE",
            description = "your own redaction rules (JSON, see docs/redaction-rules.md), used instead of the project's saved rules")
    Path file;

    /** The standard rules plus the file's rules, or the project's saved rules when no file is given. */
    Redactor redactor(Database db) throws RuleFileException {
        return file == null ? new ProjectRules(db).redactor() : ProjectRules.fromFile(file);
    }
}
