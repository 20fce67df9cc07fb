package dev.concord.redact;

import java.util.Objects;

/**
 * One redacted span, without its content: the type, the name of the rule that found it and the
 * half-open range {@code [start, end)} in the original text.
 */
public record RedactionHit(PiiType type, String rule, int start, int end) {

    /** Checks the span is non-empty and non-negative; the message carries only numbers. */
    public RedactionHit {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(rule, "rule");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ") from rule " + rule);
        }
    }

    /** Number of characters covered. */
    public int length() {
        return end - start;
    }
}
