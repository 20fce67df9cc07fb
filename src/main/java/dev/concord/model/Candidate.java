package dev.concord.model;

import java.time.Instant;
import java.util.List;

/**
 * An example curated automatically from a clear-cut signal.
 *
 * @param chosen   the good answer (the output, the correction, the edit or the accepted retry)
 * @param rejected the bad answer for preference pairs and regression cases, otherwise null
 * @param reason   why this candidate exists, in words
 */
public record Candidate(String id, CandidateKind kind, String generationId, String session, List<Message> prompt,
                        String chosen, String rejected, String reason, Instant ts) {
    public Candidate {
        prompt = List.copyOf(prompt);
    }

    public static String idFor(CandidateKind kind, String generationId) {
        return kind.code() + ":" + generationId;
    }
}
