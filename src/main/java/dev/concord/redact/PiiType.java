package dev.concord.redact;

/** The kinds of personal or secret data the redactor removes, each with its typed placeholder. */
public enum PiiType {
    EMAIL, PHONE, CARD, IP, SECRET;

    private final String placeholder = "[" + name() + "]";

    /** The text that replaces a hit of this type, e.g. {@code "[EMAIL]"}. */
    public String placeholder() {
        return placeholder;
    }
}
