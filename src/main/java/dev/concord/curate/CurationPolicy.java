package dev.concord.curate;

/**
 * How agreed examples are filtered and split.
 *
 * @param minAnswerChars       every answer in a row (answer, chosen, rejected, expected, completion) has at least this many characters
 * @param maxAnswerChars       ... and at most this many
 * @param maxPromptChars       the prompt's messages together have at most this many characters
 * @param perLabelCap          at most this many rows of one label per file (newest first), or null for no cap
 * @param halfLifeDays         half-life of the recency weight in days; 0 turns weighting off (every weight 1)
 * @param heldOutShare         share of human-reviewed items that go only to eval (stable hash of the item id)
 * @param automaticEvalShare   share of automatic examples that could feed both sides that go to eval (same hash)
 * @param includeAutomatic     whether the automatic candidates go in beside the reviewed items
 */
public record CurationPolicy(int minAnswerChars, int maxAnswerChars, int maxPromptChars, Integer perLabelCap,
                             double halfLifeDays, double heldOutShare, double automaticEvalShare,
                             boolean includeAutomatic) {
    public CurationPolicy {
        if (minAnswerChars < 0 || maxAnswerChars < minAnswerChars) {
            throw new IllegalArgumentException("need 0 <= min_answer_chars <= max_answer_chars, got "
                    + minAnswerChars + " and " + maxAnswerChars);
        }
        if (maxPromptChars < 1) {
            throw new IllegalArgumentException("max_prompt_chars must be at least 1, got " + maxPromptChars);
        }
        if (perLabelCap != null && perLabelCap < 1) {
            throw new IllegalArgumentException("per_label_cap must be at least 1 or null, got " + perLabelCap);
        }
        if (!(halfLifeDays >= 0) || Double.isInfinite(halfLifeDays)) {
            throw new IllegalArgumentException("recency_half_life_days must be 0 (off) or positive, got " + halfLifeDays);
        }
        checkShare("held_out_share", heldOutShare);
        checkShare("automatic_eval_share", automaticEvalShare);
    }

    private static void checkShare(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must lie in [0, 1], got " + v);
        }
    }

    /** 1 to 20,000 characters per answer, prompts up to 100,000, no cap, 180-day half-life, 10 % eval. */
    public static CurationPolicy defaults() {
        return new CurationPolicy(1, 20_000, 100_000, null, 180, 0.10, 0.10, true);
    }

    public CurationPolicy withLengths(int minAnswer, int maxAnswer, int maxPrompt) {
        return new CurationPolicy(minAnswer, maxAnswer, maxPrompt, perLabelCap, halfLifeDays, heldOutShare,
                automaticEvalShare, includeAutomatic);
    }

    public CurationPolicy withPerLabelCap(Integer cap) {
        return new CurationPolicy(minAnswerChars, maxAnswerChars, maxPromptChars, cap, halfLifeDays, heldOutShare,
                automaticEvalShare, includeAutomatic);
    }

    public CurationPolicy withHalfLifeDays(double days) {
        return new CurationPolicy(minAnswerChars, maxAnswerChars, maxPromptChars, perLabelCap, days, heldOutShare,
                automaticEvalShare, includeAutomatic);
    }

    public CurationPolicy withShares(double heldOut, double automaticEval) {
        return new CurationPolicy(minAnswerChars, maxAnswerChars, maxPromptChars, perLabelCap, halfLifeDays, heldOut,
                automaticEval, includeAutomatic);
    }

    public CurationPolicy withIncludeAutomatic(boolean include) {
        return new CurationPolicy(minAnswerChars, maxAnswerChars, maxPromptChars, perLabelCap, halfLifeDays, heldOutShare,
                automaticEvalShare, include);
    }
}
