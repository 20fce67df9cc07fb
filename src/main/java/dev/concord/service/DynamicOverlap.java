package dev.concord.service;

import dev.concord.curate.ConsensusEvaluator;
import dev.concord.curate.ConsensusPolicy;
import dev.concord.curate.ExportPolicy;
import dev.concord.curate.ReviewedItem;
import dev.concord.curate.Verdict;
import dev.concord.review.ReviewSettings;
import dev.concord.store.Database;
import dev.concord.store.ItemNeeds;
import dev.concord.store.SettingsRepository;

/**
 * Dynamic overlap: an item at its overlap that the consensus policy (the one saved with the last export, or the
 * default) does not accept gets one more reviewer at a time, up to the maximum. {@link #accepts} is the one place
 * that says what "accepts" means here.
 */
final class DynamicOverlap {
    private DynamicOverlap() {
    }

    /** The per-item needs rule for these settings and the saved consensus policy. */
    static ItemNeeds needs(Database db, ReviewSettings settings) {
        ConsensusEvaluator evaluator = new ConsensusEvaluator(savedConsensus(db));
        return new ItemNeeds(settings, item -> accepts(evaluator, item));
    }

    /**
     * Whether the policy accepts the reviewed item for assignment: the one rule of {@link Verdict#disputed()} (the
     * leads' queue asks the same), so an item a lead must settle is exactly one that wants another reviewer.
     */
    static boolean accepts(ConsensusEvaluator evaluator, ReviewedItem item) {
        return !evaluator.evaluate(item).disputed();
    }

    /**
     * After the overlap, the maximum or the consensus policy changed: on PostgreSQL the one who changed it (an admin
     * of a team) recomputes every reviewed item's wanted reviews at once, since the reviewers' logins may not (and
     * see too few reviews to); on a SQLite file the next assignment does.
     */
    static void refreshNow(Database db) {
        if (!db.isSqlite()) {
            needs(db, new SettingsRepository(db).reviewSettings()).refreshIfStale(db);
        }
    }

    /** The consensus part of the saved export policy, or the default when none is saved or it no longer reads. */
    static ConsensusPolicy savedConsensus(Database db) {
        return ExportService.savedPolicy(db).map(ExportPolicy::consensus).orElse(ConsensusPolicy.defaults());
    }
}
