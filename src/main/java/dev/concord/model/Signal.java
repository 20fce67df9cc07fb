package dev.concord.model;

import java.time.Instant;

/**
 * A user action on one generation: feedback (rating, optional correction and comment), an edit
 * (the user's final text), a copy, or a regenerate request.
 *
 * @param text the correction of a feedback or the edited text of an edit; null otherwise
 */
public record Signal(SignalKind kind, String generation, Instant ts, Rating rating, String text, String comment) {

    public static Signal feedback(String generation, Instant ts, Rating rating, String correction, String comment) {
        return new Signal(SignalKind.FEEDBACK, generation, ts, rating, correction, comment);
    }

    public static Signal edit(String generation, Instant ts, String text) {
        return new Signal(SignalKind.EDIT, generation, ts, null, text, null);
    }

    public static Signal copy(String generation, Instant ts) {
        return new Signal(SignalKind.COPY, generation, ts, null, null, null);
    }

    public static Signal regenerate(String generation, Instant ts) {
        return new Signal(SignalKind.REGENERATE, generation, ts, null, null, null);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
