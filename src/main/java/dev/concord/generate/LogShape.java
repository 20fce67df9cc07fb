package dev.concord.generate;

/** The line format a generated log uses. */
public enum LogShape {
    /**
     * The event stream: {@code generation}, {@code regenerate}, {@code feedback}, {@code edit},
     * {@code copy} and {@code session_end} lines.
     */
    EVENTS,
    /** One self-contained record per interaction: {@code id, ts, question, answer, sources, feedback}. */
    SIMPLE
}
