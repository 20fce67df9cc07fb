package dev.concord.store;

import java.util.Map;

/** Counts of what a database holds. */
public record StoreStats(long sessions, long generations, Map<String, Long> signalsByKind,
                         Map<String, Long> sessionsByOutcome, long flaggedItems, Map<String, Long> flaggedByReason,
                         Map<String, Long> candidatesByKind, long ingestRuns) {
}
