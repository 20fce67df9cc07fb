package dev.concord.ui.reviewer;

import dev.concord.redact.CustomRule;
import dev.concord.redact.RuleFile;
import dev.concord.redact.RuleFileException;
import dev.concord.service.ProjectRules;
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
 * rule and field); {@link #save()} stores only a text that passes.
 */
public final class RulesViewModel {
    /** What a blank editor means. */
    static final String NONE = "No rules of the project's own: the standard rules apply.";

    private final ProjectRules rules;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final String saved;

    public RulesViewModel(ProjectRules rules) {
        this.rules = rules;
        this.saved = rules.text();
        text.addListener((obs, old, now) -> check());
        text.set(saved);
        check();
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

    /** Saves the text if it changed and passes; false (the verdict says why) if it does not pass. */
    public boolean save() {
        if (!valid.get()) {
            return false;
        }
        if (!text.get().equals(saved)) {
            try {
                rules.save(text.get());
            } catch (RuleFileException e) {
                verdict.set(e.getMessage());
                valid.set(false);
                return false;
            }
        }
        return true;
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
