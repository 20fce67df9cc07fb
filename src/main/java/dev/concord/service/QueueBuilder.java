package dev.concord.service;

import dev.concord.curate.CandidateRules;
import dev.concord.ingest.FlagRules;
import dev.concord.ingest.Lineage;
import dev.concord.ingest.RetryChain;
import dev.concord.model.Attempt;
import dev.concord.model.Candidate;
import dev.concord.model.CandidateKind;
import dev.concord.model.FlagReason;
import dev.concord.model.FlaggedItem;
import dev.concord.model.ProgressListener;
import dev.concord.store.DerivedWriter;
import dev.concord.store.SessionLogReader;

import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rebuilds the flagged queue and the automatic candidates from the stored events, session by session,
 * inside the caller's transaction.
 */
final class QueueBuilder {
    private final FlagRules flagRules;
    private final CandidateRules candidateRules = new CandidateRules();

    QueueBuilder(FlagRules flagRules) {
        this.flagRules = flagRules;
    }

    record Result(long sessions, long items, Map<FlagReason, Long> byReason, Map<CandidateKind, Long> byKind) {
    }

    Result rebuild(Connection c, long run, ProgressListener progress) throws SQLException {
        Map<FlagReason, Long> byReason = new EnumMap<>(FlagReason.class);
        Map<CandidateKind, Long> byKind = new EnumMap<>(CandidateKind.class);
        long[] seen = {0};
        try (DerivedWriter writer = new DerivedWriter(c, run)) {
            long sessions = SessionLogReader.forEachSession(c, log -> {
                List<RetryChain> chains = Lineage.chains(log);
                List<FlaggedItem> items = flagRules.flag(log, chains);
                Set<String> flaggedRoots = new HashSet<>();
                try {
                    for (FlaggedItem item : items) {
                        writer.add(item);
                        flaggedRoots.add(rootOf(item));
                        item.reasons().forEach(r -> byReason.merge(r, 1L, Long::sum));
                    }
                    for (Candidate cand : candidateRules.candidates(log, chains, flaggedRoots)) {
                        writer.add(cand);
                        byKind.merge(cand.kind(), 1L, Long::sum);
                    }
                } catch (SQLException e) {
                    throw new UncheckedIOException(new java.io.IOException(e));
                }
                if ((++seen[0] & 1023) == 0) {
                    progress.checkCancelled();
                    progress.progress(seen[0], -1, "building the flagged queue");
                }
            });
            writer.finish();
            return new Result(sessions, writer.items(), byReason, byKind);
        } catch (UncheckedIOException e) {
            throw (SQLException) e.getCause().getCause();
        }
    }

    private static String rootOf(FlaggedItem item) {
        List<Attempt> attempts = item.attempts();
        return attempts.get(0).generationId();
    }
}
