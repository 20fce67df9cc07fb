package dev.concord.ui.adjudicate;

import dev.concord.review.Review;
import dev.concord.ui.review.ReviewForm;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What the decision form starts with for an undecided item: the label, best and worst pick that more reviewers
 * chose than any other. A tie pre-selects nothing, so a stray Ctrl+Enter cannot decide it.
 */
final class DecisionDefaults {
    private static final String NONE = "none";

    private DecisionDefaults() {
    }

    static void apply(ReviewForm form, List<Review> reviews) {
        String label = plurality(reviews, Review::label);
        if (label != null) {
            form.chooseLabel(label);
        }
        if (form.attempts() > 1) {
            String best = plurality(reviews, r -> r.noneAcceptable() ? NONE : r.best() == null ? null : r.best().toString());
            String worst = plurality(reviews, r -> r.worst() == null ? null : r.worst().toString());
            Integer w = worst == null ? null : Integer.valueOf(worst);
            Integer b = best == null || best.equals(NONE) ? null : Integer.valueOf(best);
            form.setPicks(b != null && b.equals(w) ? null : b, w, NONE.equals(best));
        }
    }

    /** The value more reviews gave than any other (ignoring reviews without one), or null on a tie or none. */
    static String plurality(List<Review> reviews, Function<Review, String> value) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Review r : reviews) {
            String v = value.apply(r);
            if (v != null) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        String top = null;
        int most = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                top = e.getKey();
                most = e.getValue();
                tie = false;
            } else if (e.getValue() == most) {
                tie = true;
            }
        }
        return tie ? null : top;
    }
}
