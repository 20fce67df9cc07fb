package dev.concord.model;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An interaction that needs human review. For a retry chain it holds every attempt in order; otherwise
 * one attempt. The id is stable across re-ingests: {@code fi-} plus the id of the chain's first generation.
 */
public record FlaggedItem(String id, String session, Set<FlagReason> reasons, List<Message> prompt,
                          List<Attempt> attempts, Instant createdAt) {
    public FlaggedItem {
        reasons = reasons.isEmpty() ? EnumSet.noneOf(FlagReason.class) : EnumSet.copyOf(reasons);
        prompt = List.copyOf(prompt);
        attempts = List.copyOf(attempts);
    }

    public static String idFor(String rootGenerationId) {
        return "fi-" + rootGenerationId;
    }

    /** The first non-blank line of the last user message. */
    public String promptHeadline() {
        return PromptText.headline(prompt);
    }
}
