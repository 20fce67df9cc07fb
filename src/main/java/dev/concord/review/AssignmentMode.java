package dev.concord.review;

import java.util.Locale;

/** Which item a reviewer gets next. */
public enum AssignmentMode {
    /** Items already started by others, oldest first, until they have the reviews they want; then untouched ones. */
    COMPLETE_FIRST("complete", "Complete overlap first"),
    /** Fewest reviews first: every item gets one review before any gets a second. */
    SPREAD_FIRST("spread", "Spread first");

    private final String code;
    private final String title;

    AssignmentMode(String code, String title) {
        this.code = code;
        this.title = title;
    }

    /** The stored and command-line name: {@code complete} or {@code spread}. */
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    /**
     * The mode named {@code complete} or {@code spread} (case-insensitive).
     *
     * @throws IllegalArgumentException for any other text
     */
    public static AssignmentMode fromCode(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (AssignmentMode m : values()) {
            if (m.code.equals(t)) {
                return m;
            }
        }
        throw new IllegalArgumentException("assignment mode must be 'complete' or 'spread', not '" + text + "'");
    }

    @Override
    public String toString() {
        return title;
    }
}
