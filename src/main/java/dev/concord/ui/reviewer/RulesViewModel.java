package dev.concord.ui.reviewer;

import dev.concord.redact.CustomRule;
import dev.concord.redact.RuleFile;
import dev.concord.redact.RuleFileException;
import dev.concord.service.ProjectRules;
import dev.concord.ui.common.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The project's own redaction rules being edited (a JSON rules file, docs/redaction-rules.md): the text, checked on
 * every change exactly as loading it checks it, with the verdict (the rules it holds, or the first problem naming the
 * rule and field); {@link #save()} stores only a text that passes. The saved text is read, and a passing text saved,
 * through the injected executor, off the UI thread; the editor stays read-only until the saved text is there.
 */
public final class RulesViewModel {
    /** What a blank editor means. */
    static final String NONE = "No rules of the project's own: the standard rules apply.";

    private final ProjectRules rules;
    private final TaskExecutor tasks;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private String saved = "";

    public RulesViewModel(ProjectRules rules, TaskExecutor tasks) {
        this.rules = rules;
        this.tasks = tasks;
        text.addListener((obs, old, now) -> check());
        check();
        tasks.run("Reading the project's redaction rules…", p -> rules.text(), read -> {
            saved = read;
            text.set(read);
            loaded.set(true);
        }, this::failed);
    }

    private void failed(Throwable t) {
        valid.set(false);
        verdict.set("The project's rules could not be read or saved: " + t.getMessage());
    }

    private void check() {
        try {
            List<CustomRule> parsed = RuleFile.parse(text.get(), ProjectRules.SAVED_NAME);
            valid.set(true);
            verdict.set(parsed.isEmpty() ? NONE : parsed.size() + " rule(s), every example checked: "
                    + parsed.stream().map(r -> r.name() + " → " + r.placeholder()).collect(Collectors.joining(", ")));
        } catch (RuleFileException e) {
            valid.set(false);
            verdict.set(e.getMessage());
        }
    }

    /**
     * Saves the text, in the background, if it changed and passes; false (the verdict says why) if it does not pass
     * or the saved rules were not read yet. {@code onSaved} runs on the UI thread once the rules are stored.
     */
    public boolean save(Runnable onSaved) {
        if (!valid.get() || !loaded.get()) {
            return false;
        }
        String edited = text.get();
        if (edited.equals(saved)) {
            onSaved.run();
            return true;
        }
        tasks.run("Saving the project's redaction rules…", p -> {
            try {
                return rules.save(edited);
            } catch (RuleFileException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }, done -> {
            saved = edited;
            onSaved.run();
        }, this::failed);
        return true;
    }

    /** Whether the saved rules have been read (until then the editor is read-only and cannot be saved). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The rules the text holds, or its first problem (file, rule, field). */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
