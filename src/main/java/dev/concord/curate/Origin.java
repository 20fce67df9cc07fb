package dev.concord.curate;

/** Where an exported row comes from: human review, or an automatic candidate from a clear-cut user signal. */
public enum Origin {
    REVIEWED, AUTOMATIC;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
