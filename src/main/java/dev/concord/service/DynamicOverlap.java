package dev.concord.service;

import dev.concord.curate.ConsensusEvaluator;
import dev.concord.curate.ConsensusPolicy;
import dev.concord.curate.ExclusionReason;
import dev.concord.curate.ExportPolicy;
import dev.concord.curate.ReviewedItem;
import dev.concord.curate.Verdict;
import dev.concord.export.ExportException;
import dev.concord.export.PolicyJson;
import dev.concord.review.ReviewSettings;
import dev.concord.store.Database;
import dev.concord.store.ExportPolicyStore;
import dev.concord.store.ItemNeeds;

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
     * Whether the policy accepts the reviewed item: not when its verdict is Excluded for labels-disagree or
     * needs-expert, nor when it is Agreed but its corrections or picks did not agree; yes otherwise.
     */
    static boolean accepts(ConsensusEvaluator evaluator, ReviewedItem item) {
        Verdict v = evaluator.evaluate(item);
        if (v instanceof Verdict.Excluded x) {
            return x.reason() != ExclusionReason.LABELS_DISAGREE && x.reason() != ExclusionReason.NEEDS_EXPERT;
        }
        Verdict.Agreed a = (Verdict.Agreed) v;
        return a.correctionStatus() != Verdict.CorrectionStatus.NOT_AGREED && a.picks() != Verdict.PickStatus.NOT_AGREED;
    }

    /** The consensus part of the saved export policy, or the default when none is saved or it no longer reads. */
    static ConsensusPolicy savedConsensus(Database db) {
        try {
            return new ExportPolicyStore(db).load().map(json -> PolicyJson.parse("saved policy", json))
                    .map(ExportPolicy::consensus).orElse(ConsensusPolicy.defaults());
        } catch (ExportException e) {
            return ConsensusPolicy.defaults();
        }
    }
}
