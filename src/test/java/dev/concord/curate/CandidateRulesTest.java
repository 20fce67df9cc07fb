package dev.concord.curate;

import dev.concord.ingest.FlagRules;
import dev.concord.ingest.Lineage;
import dev.concord.ingest.Logs;
import dev.concord.ingest.RetryChain;
import dev.concord.ingest.Sessions;
import dev.concord.model.Candidate;
import dev.concord.model.CandidateKind;
import dev.concord.model.FlaggedItem;
import dev.concord.model.SessionLog;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.concord.ingest.Logs.log;
import static org.assertj.core.api.Assertions.assertThat;

class CandidateRulesTest {

    private List<Candidate> candidates(Logs logs) throws Exception {
        SessionLog s = Sessions.of(logs);
        List<RetryChain> chains = Lineage.chains(s);
        Set<String> flagged = new FlagRules().flag(s, chains).stream()
                .map(FlaggedItem::attempts).map(a -> a.get(0).generationId()).collect(Collectors.toSet());
        return new CandidateRules().candidates(s, chains, flagged);
    }

    @Test
    void thumbsUpIsGoldenEvalAndSft() throws Exception {
        List<Candidate> c = candidates(log().generation("g1", "s1", "q", "the answer").up("g1"));
        assertThat(c).extracting(Candidate::kind).containsExactly(CandidateKind.GOLDEN_EVAL, CandidateKind.SFT);
        assertThat(c).allSatisfy(x -> {
            assertThat(x.chosen()).isEqualTo("the answer");
            assertThat(x.reason()).isEqualTo("thumbs-up");
        });
    }

    @Test
    void thumbsDownWithCorrectionIsRegressionCorrectedSftAndDpo() throws Exception {
        List<Candidate> c = candidates(log().generation("g1", "s1", "q", "wrong").downWithCorrection("g1", "right"));
        assertThat(c).extracting(Candidate::kind).containsExactly(CandidateKind.REGRESSION_EVAL,
                CandidateKind.SFT_CORRECTED, CandidateKind.DPO_CORRECTION);
        Candidate dpo = c.get(2);
        assertThat(dpo.chosen()).isEqualTo("right");
        assertThat(dpo.rejected()).isEqualTo("wrong");
    }

    @Test
    void meaningfulEditIsDpoPairButCosmeticEditIsNot() throws Exception {
        List<Candidate> c = candidates(log().generation("g1", "s1", "q", "Use git rebase.").edit("g1", "Use git merge instead."));
        assertThat(c).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(CandidateKind.DPO_EDIT);
            assertThat(x.chosen()).isEqualTo("Use git merge instead.");
            assertThat(x.rejected()).isEqualTo("Use git rebase.");
        });
        assertThat(candidates(log().generation("g1", "s1", "q", "Use git rebase.").edit("g1", "use  git rebase"))).isEmpty();
    }

    @Test
    void acceptedRetryIsDpoPairOfFirstAndLastAttempt() throws Exception {
        List<Candidate> c = candidates(log().generation("g1", "s1", "q", "first").retry("g2", "s1", "g1", "second")
                .copy("g2"));
        assertThat(c).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(CandidateKind.DPO_RETRY);
            assertThat(x.chosen()).isEqualTo("second");
            assertThat(x.rejected()).isEqualTo("first");
        });
    }

    @Test
    void retryAcceptedBySessionCompletion() throws Exception {
        assertThat(candidates(log().generation("g1", "s1", "q", "first").retry("g2", "s1", "g1", "second")
                .end("s1", "completed"))).extracting(Candidate::kind).containsExactly(CandidateKind.DPO_RETRY);
    }

    @Test
    void retryNotAcceptedYieldsNothing() throws Exception {
        assertThat(candidates(log().generation("g1", "s1", "q", "first").retry("g2", "s1", "g1", "second"))).isEmpty();
    }

    @Test
    void flaggedChainsYieldNoAutomaticCandidates() throws Exception {
        assertThat(candidates(log().generation("g1", "s1", "q", "a1").retry("g2", "s1", "g1", "a2")
                .retry("g3", "s1", "g2", "a3").retry("g4", "s1", "g3", "a4").up("g4"))).isEmpty();
    }

    @Test
    void downVoteWithoutCorrectionYieldsNothing() throws Exception {
        assertThat(candidates(log().generation("g1", "s1", "q", "a").down("g1"))).isEmpty();
    }
}
