package dev.concord.redact;

/**
 * A check run on each regex match before it becomes a hit, for what a regex cannot say cheaply:
 * a Luhn checksum, a digit count, or the words just before the match.
 */
@FunctionalInterface
public interface MatchValidator {

    /** Whether the span {@code [start, end)} of {@code text} should be redacted. */
    boolean accepts(String text, int start, int end);

    /** Accepts every match. */
    static MatchValidator any() {
        return (text, start, end) -> true;
    }
}
