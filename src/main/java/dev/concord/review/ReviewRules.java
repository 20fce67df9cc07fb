package dev.concord.review;

import dev.concord.model.FlaggedItem;

/**
 * What makes a review or an adjudication consistent with its item and the label set, and how corrections
 * are compared with the answer they correct.
 */
public final class ReviewRules {
    private ReviewRules() {
    }

    /** The answer a correction corrects: the item's last attempt (for a retry chain, the final one). */
    public static String originalAnswer(FlaggedItem item) {
        return item.attempts().isEmpty() ? "" : item.attempts().get(item.attempts().size() - 1).output();
    }

    /**
     * The correction to store: null when it is blank or, ignoring line-ending style and trailing blanks, the
     * same as the original answer (the reviewer kept the prefilled text).
     */
    public static String correctionOrNull(String correction, String original) {
        if (correction == null || correction.isBlank()) {
            return null;
        }
        return normal(correction).equals(normal(original == null ? "" : original)) ? null : correction;
    }

    private static String normal(String s) {
        return s.replace("\r\n", "\n").replaceAll("[ \t]+\n", "\n").strip();
    }

    /**
     * Checks a draft and returns it with its correction normalised.
     *
     * @throws IllegalArgumentException naming the field that is wrong
     */
    public static ReviewDraft check(ReviewDraft d, FlaggedItem item, LabelSet labels) {
        return check(d, item.attempts().size(), originalAnswer(item), labels);
    }

    /**
     * Checks a draft for an item with {@code attempts} attempts whose last answer is {@code original}.
     *
     * @throws IllegalArgumentException naming the field that is wrong
     */
    public static ReviewDraft check(ReviewDraft d, int attempts, String original, LabelSet labels) {
        checkLabel(d.label(), labels);
        checkPick("best", d.best(), attempts);
        checkPick("worst", d.worst(), attempts);
        checkPicksTogether(d.best(), d.worst(), d.noneAcceptable(), attempts);
        String correction = correctionOrNull(d.correction(), original);
        String note = d.note() == null || d.note().isBlank() ? null : d.note().strip();
        return new ReviewDraft(d.label(), correction, d.best(), d.worst(), d.noneAcceptable(), note);
    }

    /** Checks a lead's decision the same way and returns it with its correction normalised. */
    public static AdjudicationDraft check(AdjudicationDraft d, FlaggedItem item, LabelSet labels) {
        checkLabel(d.label(), labels);
        int attempts = item.attempts().size();
        checkPick("best", d.best(), attempts);
        checkPick("worst", d.worst(), attempts);
        checkPicksTogether(d.best(), d.worst(), d.noneAcceptable(), attempts);
        String correction = correctionOrNull(d.correction(), originalAnswer(item));
        String note = d.note() == null || d.note().isBlank() ? null : d.note().strip();
        return new AdjudicationDraft(d.label(), correction, d.best(), d.worst(), d.noneAcceptable(), d.takenFrom(), note);
    }

    private static void checkPicksTogether(Integer best, Integer worst, boolean noneAcceptable, int attempts) {
        if (noneAcceptable && best != null) {
            throw new IllegalArgumentException("best: no best attempt when none is acceptable");
        }
        if (best != null && best.equals(worst) && attempts > 1) {
            throw new IllegalArgumentException("worst: the best and the worst attempt must differ");
        }
    }

    private static void checkLabel(String label, LabelSet labels) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("label: missing");
        }
        if (labels.byId(label).isEmpty()) {
            throw new IllegalArgumentException("label: '" + label + "' is not in the label set " + labels.ids());
        }
    }

    private static void checkPick(String field, Integer pick, int attempts) {
        if (pick != null && (pick < 0 || pick >= attempts)) {
            throw new IllegalArgumentException(field + ": attempt " + (pick + 1) + " does not exist (the item has "
                    + attempts + ")");
        }
    }
}
