package dev.concord.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A score an automated evaluator gave a generation (an LLM judge, a code check), or any score that is no user's
 * verdict: kept with the generation as metadata, never a thumbs up or down and never a review.
 *
 * @param generation the generation it scores
 * @param name       the evaluation's name ({@code helpfulness}, {@code correctness}...)
 * @param value      the numeric score, or null
 * @param label      the categorical or boolean value as text, or null
 * @param source     who scored, as the source says it ({@code EVAL}, {@code model}, {@code LLM}, {@code CODE},
 *                   {@code otel}...), or null
 * @param comment    the evaluator's explanation or comment, or null
 * @param ts         when it was scored, or null when the source does not say
 */
public record EvaluatorScore(String generation, String name, Double value, String label, String source,
                             String comment, Instant ts) {
    public EvaluatorScore {
        Objects.requireNonNull(generation, "generation");
        Objects.requireNonNull(name, "name");
        label = blankToNull(label);
        source = blankToNull(source);
        comment = blankToNull(comment);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The value as a reader sees it: the label, the number, or both ({@code 0.8 (good)}). */
    public String shownValue() {
        String number = value == null ? null
                : value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString(value.longValue()) : value.toString();
        if (number != null && label != null) {
            return number + " (" + label + ")";
        }
        return number != null ? number : label != null ? label : "";
    }
}
