package dev.concord.model;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An interaction that needs human review. For a retry chain it holds every attempt in order; otherwise
 * one attempt. The id is stable across re-ingests: {@code fi-} plus the id of the chain's first generation.
 * {@code tools} are the chain's first generation's tools (see {@link Generation#tools()}), or null.
 */
public record FlaggedItem(String id, String session, Set<FlagReason> reasons, List<Message> prompt,
                          List<Attempt> attempts, Instant createdAt, String tools) {
    public FlaggedItem {
        reasons = reasons.isEmpty() ? EnumSet.noneOf(FlagReason.class) : EnumSet.copyOf(reasons);
        prompt = List.copyOf(prompt);
        attempts = List.copyOf(attempts);
    }

    /** An item whose prompt offered no tools. */
    public FlaggedItem(String id, String session, Set<FlagReason> reasons, List<Message> prompt,
                       List<Attempt> attempts, Instant createdAt) {
        this(id, session, reasons, prompt, attempts, createdAt, null);
    }

    public static String idFor(String rootGenerationId) {
        return "fi-" + rootGenerationId;
    }

    /** The first non-blank line of the last user message. */
    public String promptHeadline() {
        return PromptText.headline(prompt);
    }
}
