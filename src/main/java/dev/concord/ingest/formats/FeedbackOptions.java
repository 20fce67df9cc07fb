package dev.concord.ingest.formats;

import dev.concord.model.Rating;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which scores in a trace are a user's verdict, and how they read as thumbs up or down. Only scores whose name is in
 * {@link #names()} become feedback (compared ignoring case); a label reads as up or down by {@link #rating(String)}, a
 * number is up at or above {@link #upAtLeast()} and down below it. Scores by automated evaluators never become
 * feedback, whatever their name.
 *
 * @param names     the score, evaluation or feedback-key names that carry a user's verdict
 * @param upAtLeast the lowest numeric score that counts as up
 */
public record FeedbackOptions(Set<String> names, double upAtLeast) {
    /** The names that mean a user's verdict unless told otherwise. */
    public static final List<String> DEFAULT_NAMES = List.of("user_feedback", "user-feedback", "thumbs", "user_score",
            "user-score", "feedback");
    /** The default threshold: with scores of 1/0 or 1/-1, 1 is up and the rest down. */
    public static final double DEFAULT_UP_AT_LEAST = 0.5;
    private static final Set<String> UP = Set.of("up", "thumbs_up", "thumbs-up", "thumbsup", "good", "positive", "like",
            "liked", "yes", "true", "helpful", "\uD83D\uDC4D");
    private static final Set<String> DOWN = Set.of("down", "thumbs_down", "thumbs-down", "thumbsdown", "bad", "negative",
            "dislike", "disliked", "no", "false", "unhelpful", "not_helpful", "\uD83D\uDC4E");

    public FeedbackOptions {
        Set<String> lower = new LinkedHashSet<>();
        for (String n : names) {
            if (!n.isBlank()) {
                lower.add(n.strip().toLowerCase(Locale.ROOT));
            }
        }
        names = Set.copyOf(lower);
        if (Double.isNaN(upAtLeast) || Double.isInfinite(upAtLeast)) {
            throw new IllegalArgumentException("the up threshold must be a number");
        }
    }

    public static FeedbackOptions defaults() {
        return new FeedbackOptions(Set.copyOf(DEFAULT_NAMES), DEFAULT_UP_AT_LEAST);
    }

    /** Whether a score of this name carries a user's verdict. */
    public boolean isUserVerdict(String name) {
        return name != null && names.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    /** A label as thumbs: up/down, thumbs_up/thumbs_down, good/bad, true/false, yes/no...; null if it is none. */
    public static Rating rating(String label) {
        if (label == null) {
            return null;
        }
        String l = label.strip().toLowerCase(Locale.ROOT);
        return UP.contains(l) ? Rating.UP : DOWN.contains(l) ? Rating.DOWN : null;
    }

    /** A numeric score as thumbs. */
    public Rating rating(double score) {
        return score >= upAtLeast ? Rating.UP : Rating.DOWN;
    }

    /** The verdict of a label or else a score; null if neither gives one. */
    public Rating verdict(String label, Double score) {
        Rating byLabel = rating(label);
        if (byLabel != null) {
            return byLabel;
        }
        return score == null ? null : rating(score);
    }
}
