package dev.concord.service;

import dev.concord.redact.CustomRule;
import dev.concord.redact.Redactor;
import dev.concord.redact.RuleFile;
import dev.concord.redact.RuleFileException;
import dev.concord.store.Database;
import dev.concord.store.SettingsRepository;
import dev.concord.store.StoreException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A project's own redaction rules: a rules file ({@link RuleFile}, JSON) kept in the database's settings under
 * {@link SettingsRepository#CUSTOM_RULES}, edited in the app's project settings or set with {@code concord rules
 * --set FILE}. The redactor of a project is the standard rules followed by these; ingest, reviewers' corrections and
 * notes, and the export's last scan all use it. {@link #redactor()} re-reads the saved text on each call (one small
 * query) and rebuilds only when it changed, so an edit applies to the next submit without reopening the database.
 */
public final class ProjectRules {
    /** What errors call the rules saved in the database. */
    public static final String SAVED_NAME = "project rules";

    private final SettingsRepository settings;
    private String knownText = "";
    private Redactor known = Redactor.standard();

    public ProjectRules(Database db) {
        this.settings = new SettingsRepository(db);
    }

    /** The project's redactor: the standard rules plus the saved rules. */
    public synchronized Redactor redactor() {
        String text = text();
        if (!text.equals(knownText)) {
            try {
                known = Redactor.standard().with(RuleFile.parse(text, SAVED_NAME));
            } catch (RuleFileException e) {
                throw new StoreException("the saved redaction rules cannot be used: " + e.getMessage(), e);
            }
            knownText = text;
        }
        return known;
    }

    /** The saved rules file, or the empty string when the project has none. */
    public String text() {
        return settings.get(SettingsRepository.CUSTOM_RULES).orElse("");
    }

    /** Checks {@code text} as a rules file and saves it (blank: removes the project's rules); returns its rules. */
    public List<CustomRule> save(String text) throws RuleFileException {
        List<CustomRule> rules = RuleFile.parse(text, SAVED_NAME);
        settings.put(SettingsRepository.CUSTOM_RULES, text == null || text.isBlank() ? "" : text);
        return rules;
    }

    /** The standard rules plus the rules of {@code file}, for {@code --rules FILE}. */
    public static Redactor fromFile(Path file) throws RuleFileException {
        return Redactor.standard().with(RuleFile.parse(read(file), file.toString()));
    }

    /** The text of a rules file, or a {@link RuleFileException} naming it when it cannot be read. */
    public static String read(Path file) throws RuleFileException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuleFileException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The redactor a project uses: standard plus its saved rules. */
    static Redactor of(Database db) {
        return new ProjectRules(db).redactor();
    }
}
