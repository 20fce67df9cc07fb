package dev.concord.model;

import java.time.Instant;
import java.util.List;

/**
 * An example curated automatically from a clear-cut signal.
 *
 * @param chosen   the good answer (the output, the correction, the edit or the accepted retry)
 * @param rejected the bad answer for preference pairs and regression cases, otherwise null
 * @param reason   why this candidate exists, in words
 * @param tools    the generation's tools (see {@link Generation#tools()}), or null
 * @param chosenToolCalls the tool calls of the chosen answer when it is the generation's answer and calls tools;
 *                 otherwise empty
 */
public record Candidate(String id, CandidateKind kind, String generationId, String session, List<Message> prompt,
                        String chosen, String rejected, String reason, Instant ts, String tools,
                        List<ToolCall> chosenToolCalls) {
    public Candidate {
        prompt = List.copyOf(prompt);
        chosenToolCalls = chosenToolCalls == null ? List.of() : List.copyOf(chosenToolCalls);
    }

    /** A candidate whose chosen answer calls no tool. */
    public Candidate(String id, CandidateKind kind, String generationId, String session, List<Message> prompt,
                     String chosen, String rejected, String reason, Instant ts, String tools) {
        this(id, kind, generationId, session, prompt, chosen, rejected, reason, ts, tools, List.of());
    }

    /** A candidate whose prompt offered no tools. */
    public Candidate(String id, CandidateKind kind, String generationId, String session, List<Message> prompt,
                     String chosen, String rejected, String reason, Instant ts) {
        this(id, kind, generationId, session, prompt, chosen, rejected, reason, ts, null);
    }

    public static String idFor(CandidateKind kind, String generationId) {
        return kind.code() + ":" + generationId;
    }
}
