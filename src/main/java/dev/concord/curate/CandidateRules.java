package dev.concord.curate;

import dev.concord.ingest.MeaningfulEdit;
import dev.concord.ingest.RetryChain;
import dev.concord.ingest.UserReaction;
import dev.concord.model.Candidate;
import dev.concord.model.CandidateKind;
import dev.concord.model.Generation;
import dev.concord.model.SessionLog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns clear-cut user signals into eval and training candidates. Each candidate records why it exists.
 * <ul>
 *   <li>thumbs-up: golden eval case and SFT example;</li>
 *   <li>thumbs-down with a correction: regression eval case, corrected SFT example and a DPO pair
 *       (rejected = output, chosen = correction);</li>
 *   <li>an edit that changes the answer meaningfully ({@link MeaningfulEdit}): a DPO pair
 *       (rejected = output, chosen = edited text);</li>
 *   <li>a retry chain whose last attempt was accepted (copied, edited, up-voted or its session completed,
 *       and not down-voted): a DPO pair (rejected = first attempt, chosen = last attempt).</li>
 * </ul>
 * Chains that were flagged for humans yield nothing here: what humans must decide is never guessed.
 */
public final class CandidateRules {

    /**
     * @param flaggedChainRoots ids of the first generation of every chain that was flagged in this session
     */
    public List<Candidate> candidates(SessionLog log, List<RetryChain> chains, Set<String> flaggedChainRoots) {
        List<Candidate> out = new ArrayList<>();
        for (RetryChain chain : chains) {
            if (flaggedChainRoots.contains(chain.first().id())) {
                continue;
            }
            for (Generation g : chain.attempts()) {
                fromReaction(g, UserReaction.of(log.signalsOf(g.id())), out);
            }
            if (chain.isRetried() && accepted(chain.last(), log)) {
                Generation first = chain.first();
                Generation last = chain.last();
                out.add(candidate(CandidateKind.DPO_RETRY, last, last.output(), first.output(),
                        "accepted after " + (chain.attempts().size() - 1) + " regeneration(s)"));
            }
        }
        return out;
    }

    private static void fromReaction(Generation g, UserReaction r, List<Candidate> out) {
        if (r.upVoted()) {
            out.add(candidate(CandidateKind.GOLDEN_EVAL, g, g.output(), null, "thumbs-up"));
            out.add(candidate(CandidateKind.SFT, g, g.output(), null, "thumbs-up"));
        } else if (r.downVoted() && r.hasCorrection()) {
            out.add(candidate(CandidateKind.REGRESSION_EVAL, g, r.correction(), g.output(), "thumbs-down with correction"));
            out.add(candidate(CandidateKind.SFT_CORRECTED, g, r.correction(), null, "thumbs-down with correction"));
            out.add(candidate(CandidateKind.DPO_CORRECTION, g, r.correction(), g.output(), "thumbs-down with correction"));
        }
        if (r.edited() && MeaningfulEdit.changes(g.output(), r.editedText())) {
            out.add(candidate(CandidateKind.DPO_EDIT, g, r.editedText(), g.output(), "answer edited by the user"));
        }
    }

    private static boolean accepted(Generation last, SessionLog log) {
        UserReaction r = UserReaction.of(log.signalsOf(last.id()));
        if (r.downVoted() || r.regenerateRequests() > 0) {
            return false;
        }
        return r.copied() || r.edited() || r.upVoted() || log.completed();
    }

    private static Candidate candidate(CandidateKind kind, Generation g, String chosen, String rejected, String reason) {
        return new Candidate(Candidate.idFor(kind, g.id()), kind, g.id(), g.session(), g.prompt(), chosen, rejected,
                reason, g.ts(), g.tools());
    }
}
