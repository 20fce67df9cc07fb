package dev.concord.ingest.formats;

import dev.concord.ingest.LineRejectedException;
import dev.concord.model.EvaluatorScore;
import dev.concord.model.LogEvent;

/** Where an adapter puts what it finds in one source object. */
public interface Sink {
    /** An event for Concord (redacted and stored by the caller). */
    void event(LogEvent event) throws Exception;

    /** One item of the object (a span, an observation, a score...) cannot be read; the others are kept. */
    void rejected(LineRejectedException problem);

    /**
     * A score by an automated evaluator (an LLM judge, code), or a score that is no user's verdict: kept with its
     * generation as metadata, never as feedback.
     */
    void evaluatorScore(EvaluatorScore score) throws Exception;

    /** An item that holds no conversation (a tool or agent span, a retrieval run...), passed over. */
    void skipped();
}
