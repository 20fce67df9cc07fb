package dev.concord.model;

/** A thumbs rating given by the end user of the agent. */
public enum Rating {
    UP, DOWN;

    /** Parses {@code up}/{@code down} (any case); returns null for anything else. */
    public static Rating parse(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "up" -> UP;
            case "down" -> DOWN;
            default -> null;
        };
    }

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
