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
    /** National identity and tax numbers: US SSN, UK NI, French NIR, German Steuer-ID, Spanish DNI/NIE. */
    NATIONAL_ID,
    /** International bank account numbers, mod-97 checked. */
    IBAN,
    /** Bank account, routing and sort-code numbers named as such. */
    BANK_ACCOUNT,
    /** Passport numbers named as such. */
    PASSPORT,
    /** Dates of birth named as such ({@code DOB}, {@code born on}, {@code geboren am} ...). */
    DATE_OF_BIRTH,
    /** Postal addresses: street lines, UK postcodes, US ZIP codes with their state. */
    ADDRESS,
    /** Person names where logs carry them: greetings, signatures, introductions, name fields. */
    NAME,
    /** Found by a project's own rule ({@link CustomRule}), which names its own placeholder. */
    CUSTOM;

    private final String placeholder = "[" + name() + "]";

    /** The text that replaces a hit of this type, e.g. {@code "[EMAIL]"}. */
    public String placeholder() {
        return placeholder;
    }
}
