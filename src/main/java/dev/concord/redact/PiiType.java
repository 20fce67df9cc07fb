package dev.concord.redact;

/** The kinds of personal or secret data the redactor removes, each with its typed placeholder. */
public enum PiiType {
    /** E-mail addresses. */
    EMAIL,
    /** Telephone numbers, international ({@code +44 ...}) and North American. */
    PHONE,
    /** Luhn-valid payment card numbers. */
    CARD,
    /** IPv4 and IPv6 addresses. */
    IP,
    /** Keys, tokens, private keys, passwords and other credentials. */
    SECRET,
    /** Found by a project's own rule ({@link CustomRule}), which names its own placeholder. */
    CUSTOM;

    private final String placeholder = "[" + name() + "]";

    /** The text that replaces a hit of this type, e.g. {@code "[EMAIL]"}. */
    public String placeholder() {
        return placeholder;
    }
}
