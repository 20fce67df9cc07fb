package dev.concord.model;

/** How an agent session ended. */
public enum SessionOutcome {
    COMPLETED, ABANDONED;

    /** Parses {@code completed}/{@code abandoned} (any case); returns null for anything else. */
    public static SessionOutcome parse(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "completed" -> COMPLETED;
            case "abandoned" -> ABANDONED;
            default -> null;
        };
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
