package dev.concord.ingest;

import dev.concord.model.Generation;

import java.util.List;

/**
 * A first attempt and every retry of it, in time order. A generation that was never retried is a chain
 * of one attempt.
 *
 * @param regenerations how many times the user asked for another answer: the larger of the retries
 *                      logged as generations and the {@code regenerate} events on the chain (a user may
 *                      regenerate and leave before the new answer is logged)
 */
public record RetryChain(List<Generation> attempts, int regenerations) {
    public RetryChain {
        attempts = List.copyOf(attempts);
    }

    public Generation first() {
        return attempts.get(0);
    }

    public Generation last() {
        return attempts.get(attempts.size() - 1);
    }

    public boolean isRetried() {
        return attempts.size() > 1;
    }
}
