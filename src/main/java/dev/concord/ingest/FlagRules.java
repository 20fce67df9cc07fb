package dev.concord.ingest;

import dev.concord.model.Attempt;
import dev.concord.model.FlagReason;
import dev.concord.model.FlaggedItem;
import dev.concord.model.Generation;
import dev.concord.model.SessionLog;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The cases that must go to humans and are never labelled automatically:
 * <ul>
 *   <li>a thumbs-down with no correction on any attempt;</li>
 *   <li>a retry chain with at least {@code regenerationThreshold} regenerations (default 3), as one item
 *       holding every attempt;</li>
 *   <li>an abandoned session whose last generation was down-voted or regenerated.</li>
 * </ul>
 * One item per retry chain; an item keeps every reason that applies.
 */
public final class FlagRules {
    public static final int DEFAULT_REGENERATION_THRESHOLD = 3;

    private final int regenerationThreshold;

    public FlagRules(int regenerationThreshold) {
        if (regenerationThreshold < 1) {
            throw new IllegalArgumentException("regeneration threshold must be at least 1, was " + regenerationThreshold);
        }
        this.regenerationThreshold = regenerationThreshold;
    }

    public FlagRules() {
        this(DEFAULT_REGENERATION_THRESHOLD);
    }

    public int regenerationThreshold() {
        return regenerationThreshold;
    }

    /** The flagged items of one session, in chain order. */
    public List<FlaggedItem> flag(SessionLog log, List<RetryChain> chains) {
        Generation lastOfSession = log.generations().isEmpty() ? null
                : log.generations().get(log.generations().size() - 1);
        List<FlaggedItem> items = new ArrayList<>();
        for (RetryChain chain : chains) {
            Set<FlagReason> reasons = EnumSet.noneOf(FlagReason.class);
            List<Attempt> attempts = new ArrayList<>(chain.attempts().size());
            boolean containsLast = false;
            for (int i = 0; i < chain.attempts().size(); i++) {
                Generation g = chain.attempts().get(i);
                UserReaction reaction = UserReaction.of(log.signalsOf(g.id()));
                if (reaction.downVoted() && !reaction.hasCorrection()) {
                    reasons.add(FlagReason.DOWNVOTE_NO_CORRECTION);
                }
                containsLast |= g == lastOfSession;
                attempts.add(new Attempt(i, g.id(), g.ts(), g.model(), g.output(), reaction.rating(),
                        reaction.comment(), reaction.copied(), reaction.edited()));
            }
            if (chain.regenerations() >= regenerationThreshold) {
                reasons.add(FlagReason.MANY_REGENERATIONS);
            }
            if (containsLast && log.abandoned() && endedInFailure(log, lastOfSession)) {
                reasons.add(FlagReason.ABANDONED_AFTER_FAILURE);
            }
            if (!reasons.isEmpty()) {
                Generation first = chain.first();
                items.add(new FlaggedItem(FlaggedItem.idFor(first.id()), log.session(), reasons, first.prompt(),
                        attempts, first.ts(), first.tools()));
            }
        }
        return items;
    }

    private static boolean endedInFailure(SessionLog log, Generation last) {
        UserReaction reaction = UserReaction.of(log.signalsOf(last.id()));
        return reaction.downVoted() || reaction.regenerateRequests() > 0 || last.regenerates() != null;
    }
}
