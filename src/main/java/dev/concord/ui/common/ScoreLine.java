package dev.concord.ui.common;

import dev.concord.model.EvaluatorScore;

import java.util.List;

/** How an attempt card words the evaluator scores of its generation: read-only metadata, never a review. */
public final class ScoreLine {
    /** What the attempt cards say before the scores of an evaluator. */
    public static final String PREFIX = "Evaluator scores (automated, not a review): ";

    private ScoreLine() {
    }

    /** One line for an attempt card ({@code helpfulness 0.8 [EVAL] · tone formal [LLM]}), or "" when there are none. */
    public static String describe(List<EvaluatorScore> scores) {
        if (scores == null || scores.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(PREFIX);
        for (int i = 0; i < scores.size(); i++) {
            EvaluatorScore s = scores.get(i);
            b.append(i == 0 ? "" : " · ").append(s.name()).append(' ').append(s.shownValue());
            if (s.source() != null) {
                b.append(" [").append(s.source()).append(']');
            }
        }
        return b.toString();
    }

    /** The evaluators' comments, one per line ({@code name: comment}), for a tooltip; "" when none has one. */
    public static String comments(List<EvaluatorScore> scores) {
        StringBuilder b = new StringBuilder();
        for (EvaluatorScore s : scores == null ? List.<EvaluatorScore>of() : scores) {
            if (s.comment() != null) {
                b.append(b.isEmpty() ? "" : "\n").append(s.name()).append(": ").append(s.comment());
            }
        }
        return b.toString();
    }
}
