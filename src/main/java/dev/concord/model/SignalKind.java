package dev.concord.model;

/** What the user did to a generation after seeing it. */
public enum SignalKind {
    FEEDBACK, EDIT, COPY, REGENERATE;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static SignalKind fromWireName(String name) {
        return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }
}
