package dev.concord.service;

import dev.concord.model.CandidateKind;
import dev.concord.model.FlagReason;
import dev.concord.redact.PiiType;

import java.util.List;
import java.util.Map;

/**
 * What an ingest did. Rejections and warnings are {@code file:line: reason} strings that never contain log
 * content; at most {@link ImportService#MAX_LISTED} of each are listed, the counts are exact.
 *
 * @param sessions          sessions in the database after this ingest
 * @param sessionsRebuilt   sessions whose flagged items and candidates this ingest re-derived
 * @param flaggedByReason   the flagged queue after this ingest, by reason (an item may count under several)
 * @param candidatesByKind  automatic candidates after this ingest, by kind
 * @param millis            wall time of the whole ingest
 * @param queueMillis       of which rebuilding the flagged queue and the candidates
 * @param formats           per file read: the format it was read as, whether detected, and what its adapter passed
 *                          over (items without a conversation, evaluator scores kept out of feedback)
 * @param consent           what lacking consent and earlier forgetting kept out
 */
public record IngestReport(List<String> files, long linesRead, long eventsStored, long duplicates,
                           long rejectedLines, List<String> rejections, long orphanEvents, List<String> warnings,
                           List<String> fileErrors, Map<PiiType, Long> redactions, long sessions, long sessionsRebuilt,
                           long flaggedItems, Map<FlagReason, Long> flaggedByReason,
                           Map<CandidateKind, Long> candidatesByKind, long millis, long queueMillis,
                           List<String> formats, Consent consent) {

    public boolean hasDataErrors() {
        return rejectedLines > 0 || !fileErrors.isEmpty();
    }

    public long redactionTotal() {
        return redactions.values().stream().mapToLong(Long::longValue).sum();
    }
}
