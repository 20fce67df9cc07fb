package dev.concord.redact;

/** A rules file that cannot be used; the message names the file, the rule and the field, never log content. */
public final class RuleFileException extends Exception {
    public RuleFileException(String message) {
        super(message);
    }
}
