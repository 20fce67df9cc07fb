package dev.concord.store;

import dev.concord.curate.CandidateRules;
import dev.concord.ingest.FlagRules;
import dev.concord.ingest.Lineage;
import dev.concord.ingest.RetryChain;
import dev.concord.model.Candidate;
import dev.concord.model.FlaggedItem;
import dev.concord.model.Generation;
import dev.concord.model.ProgressListener;
import dev.concord.model.SessionLog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rebuilds the flagged queue and the automatic candidates from the stored events, session by session,
 * inside the caller's transaction: every session, or only those in the given scope ({@link IngestRun#rebuildQueue}).
 */
public final class QueueBuilder {
    /** What the progress of a rebuild says. */
    public static final String MESSAGE = "building the flagged queue";

    private final FlagRules flagRules;
    private final CandidateRules candidateRules = new CandidateRules();

    QueueBuilder(FlagRules flagRules) {
        this.flagRules = flagRules;
    }

    /**
     * @param rebuilt how many sessions were re-derived
     * @param store   what the whole store holds afterwards
     */
    public record Result(long rebuilt, QueueCounts store) {
    }

    Result rebuild(Connection c, long run, RebuildScope scope, ProgressListener progress) throws SQLException {
        long[] seen = {0};
        SQLException[] failure = {null};
        long sessions;
        try (DerivedWriter writer = new DerivedWriter(c, run, scope)) {
            sessions = SessionLogReader.forEachSession(c, scope, log -> {
                if (failure[0] != null) {
                    return;
                }
                List<RetryChain> chains = Lineage.chains(log);
                Set<String> flaggedRoots = new HashSet<>();
                try {
                    for (FlaggedItem item : flagRules.flag(log, chains)) {
                        writer.add(item);
                        flaggedRoots.add(item.attempts().get(0).generationId());
                    }
                    for (Candidate cand : candidateRules.candidates(log, chains, flaggedRoots)) {
                        writer.add(cand, outputOf(log, cand.generationId()));
                    }
                } catch (SQLException e) {
                    failure[0] = e;
                }
                if ((++seen[0] & 1023) == 0) {
                    progress.checkCancelled();
                    progress.progress(seen[0], -1, MESSAGE);
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
            writer.finish();
        }
        progress.progress(sessions, -1, MESSAGE);
        return new Result(sessions, QueueCounts.of(c));
    }

    private static String outputOf(SessionLog log, String generationId) {
        for (Generation g : log.generations()) {
            if (g.id().equals(generationId)) {
                return g.output();
            }
        }
        return null;
    }
}
