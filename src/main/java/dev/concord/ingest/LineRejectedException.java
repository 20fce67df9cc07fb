package dev.concord.ingest;

/**
 * A line that cannot become an event. The message names the problem and the field, never the content.
 */
public final class LineRejectedException extends Exception {
    private final String field;

    public LineRejectedException(String field, String reason) {
        super(field == null ? reason : "field '" + field + "': " + reason);
        this.field = field;
    }

    /** The offending field, or null when the line as a whole is bad. */
    public String field() {
        return field;
    }
}
