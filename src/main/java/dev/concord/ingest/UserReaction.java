package dev.concord.ingest;

import dev.concord.model.Rating;
import dev.concord.model.Signal;

import java.util.Comparator;
import java.util.List;

/**
 * What the user did to one generation, summarised: the latest rating (with its correction and comment),
 * the latest edit, whether it was copied and how often it was regenerated.
 */
public record UserReaction(Rating rating, String correction, String comment, String editedText, boolean copied,
                           int regenerateRequests) {

    public static final UserReaction NONE = new UserReaction(null, null, null, null, false, 0);

    /** Summarises the signals of one generation; later signals win over earlier ones. */
    public static UserReaction of(List<Signal> signals) {
        if (signals.isEmpty()) {
            return NONE;
        }
        Rating rating = null;
        String correction = null;
        String comment = null;
        String edited = null;
        boolean copied = false;
        int regenerates = 0;
        List<Signal> ordered = signals.stream().sorted(Comparator.comparing(Signal::ts)).toList();
        for (Signal s : ordered) {
            switch (s.kind()) {
                case FEEDBACK -> {
                    rating = s.rating();
                    correction = s.hasText() ? s.text() : null;
                    comment = s.comment();
                }
                case EDIT -> edited = s.hasText() ? s.text() : edited;
                case COPY -> copied = true;
                case REGENERATE -> regenerates++;
                default -> throw new IllegalStateException("unexpected " + s.kind());
            }
        }
        return new UserReaction(rating, correction, comment, edited, copied, regenerates);
    }

    public boolean upVoted() {
        return rating == Rating.UP;
    }

    public boolean downVoted() {
        return rating == Rating.DOWN;
    }

    public boolean hasCorrection() {
        return correction != null;
    }

    public boolean edited() {
        return editedText != null;
    }

}
