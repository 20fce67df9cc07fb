package dev.concord.model;

/** Why an interaction needs a human: the cases no rule may guess. */
public enum FlagReason {
    /** Thumbs-down with no correction: we know it is bad, not why or what is right. */
    DOWNVOTE_NO_CORRECTION("downvote-no-correction", "Down-voted, no correction", "Down-voted"),
    /** A retry chain with at least the configured number of regenerations. */
    MANY_REGENERATIONS("many-regenerations", "Regenerated many times", "Regenerated"),
    /** The session was abandoned right after a down-vote or a regeneration. */
    ABANDONED_AFTER_FAILURE("abandoned-session", "Abandoned after failure", "Abandoned");

    private final String code;
    private final String label;
    private final String shortLabel;

    FlagReason(String code, String label, String shortLabel) {
        this.code = code;
        this.label = label;
        this.shortLabel = shortLabel;
    }

    /** One word for narrow table cells. */
    public String shortLabel() {
        return shortLabel;
    }

    /** Stable short name used in the database, the CLI and JSON. */
    public String code() {
        return code;
    }

    /** Human-readable name for the UI. */
    public String label() {
        return label;
    }

    /** Finds a reason by its code or enum name (any case). */
    public static FlagReason parse(String text) {
        for (FlagReason r : values()) {
            if (r.code.equalsIgnoreCase(text) || r.name().equalsIgnoreCase(text)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown flag reason '" + text + "' (expected one of "
                + java.util.Arrays.stream(values()).map(FlagReason::code).toList() + ")");
    }
}
