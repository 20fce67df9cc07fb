package dev.concord.export;

import dev.concord.curate.CurationPolicy;
import dev.concord.curate.Example;
import dev.concord.curate.ExampleBuilder;
import dev.concord.curate.ExampleFile;
import dev.concord.curate.Exclusion;
import dev.concord.curate.ExclusionReason;
import dev.concord.curate.ExportPolicy;
import dev.concord.curate.RecencyWeight;
import dev.concord.review.Review;
import dev.concord.review.Reviews;
import dev.concord.curate.ReviewedItem;
import dev.concord.model.Attempt;
import dev.concord.model.Candidate;
import dev.concord.model.CandidateKind;
import dev.concord.model.FlagReason;
import dev.concord.model.FlaggedItem;
import dev.concord.model.Message;
import dev.concord.model.ProgressListener;
import dev.concord.redact.Redactor;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The row rules, on an in-memory input: every rule has a row excluded for it. */
class ExportPipelineTest {
    static final Instant NEWEST = Instant.parse("2026-11-20T00:00:00Z");

    record Written(Example example, double weight) {
    }

    final List<ReviewedItem> reviewed = new ArrayList<>();
    final List<Candidate> candidates = new ArrayList<>();
    final List<Written> written = new ArrayList<>();
    final List<Exclusion> excluded = new ArrayList<>();

    static List<Message> prompt(String question) {
        return List.of(new Message("system", "Be brief."), Message.user(question));
    }

    void good(String id, String question, String answer, int daysOld) {
        Instant ts = NEWEST.minusSeconds(daysOld * 86_400L);
        FlaggedItem fi = new FlaggedItem(id, "s", Set.of(FlagReason.DOWNVOTE_NO_CORRECTION), prompt(question),
                List.of(new Attempt(0, "g-" + id, ts, "m", answer, null, null, false, false)), ts);
        reviewed.add(new ReviewedItem(fi, List.of(Reviews.vote("a", "good", null, null, null, false),
                Reviews.vote("b", "good", null, null, null, false)), null));
    }

    void candidate(CandidateKind kind, String gen, List<Message> prompt, String chosen, String rejected) {
        candidates.add(new Candidate(Candidate.idFor(kind, gen), kind, gen, "s", prompt, chosen, rejected, "thumbs-up", NEWEST));
    }

    Tally run(CurationPolicy curation) {
        ExportInput input = new ExportInput() {
            @Override
            public void forEachReviewed(Consumer<ReviewedItem> consumer) {
                reviewed.forEach(consumer);
            }

            @Override
            public void forEachCandidate(boolean evalKinds, Consumer<Candidate> consumer) {
                candidates.stream().filter(c -> ExampleBuilder.isEvalKind(c.kind()) == evalKinds).forEach(consumer);
            }

            @Override
            public long sourceCount(boolean includeAutomatic) {
                return 2L * reviewed.size() + (includeAutomatic ? candidates.size() : 0);
            }
        };
        ExportPolicy policy = ExportPolicy.defaults().with(curation);
        return new ExportPipeline(policy, Redactor.standard(), new RecencyWeight(NEWEST, curation.halfLifeDays()))
                .run(input, (e, w) -> written.add(new Written(e, w)), excluded::add, ProgressListener.NONE);
    }

    static CurationPolicy trainOnly() {
        return CurationPolicy.defaults().withShares(0, 0);
    }

    List<String> writtenIds(ExampleFile f) {
        return written.stream().filter(w -> w.example().file() == f).map(w -> w.example().id()).toList();
    }

    @Test
    void lengthFilterKeepsAnswersAndPromptsWithinBounds() {
        good("fi-short", "Short?", "ok", 0);
        good("fi-long", "Long?", "x".repeat(101), 0);
        good("fi-fine", "Fine?", "A fine answer.", 0);
        good("fi-bigprompt", "p".repeat(300), "A fine answer.", 0);
        run(trainOnly().withLengths(3, 100, 200));
        assertThat(writtenIds(ExampleFile.SFT)).containsExactly("sft:fi-fine");
        assertThat(excluded).filteredOn(x -> x.file() == ExampleFile.SFT).extracting(Exclusion::source, Exclusion::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fi-short", ExclusionReason.TOO_SHORT),
                        org.assertj.core.groups.Tuple.tuple("fi-long", ExclusionReason.TOO_LONG),
                        org.assertj.core.groups.Tuple.tuple("fi-bigprompt", ExclusionReason.PROMPT_TOO_LONG));
    }

    @Test
    void duplicatePromptKeepsTheReviewedRowThenTheNewest() {
        good("fi-new", "What is 2+2?", "Four.", 1);
        good("fi-old", "what is   2+2?", "4", 30);
        candidate(CandidateKind.SFT, "u1", prompt("WHAT IS 2+2?"), "4!", null);
        run(trainOnly());
        assertThat(writtenIds(ExampleFile.SFT)).containsExactly("sft:fi-new");
        assertThat(excluded).filteredOn(x -> x.reason() == ExclusionReason.DUPLICATE && x.file() == ExampleFile.SFT)
                .extracting(Exclusion::source).containsExactly("fi-old", "sft:u1");
    }

    @Test
    void ktoKeepsOneDesirableAndOneUndesirableRowPerPrompt() {
        candidate(CandidateKind.SFT_CORRECTED, "d1", prompt("Convert 1 mile."), "1.609 km", null);
        candidate(CandidateKind.DPO_CORRECTION, "d1", prompt("Convert 1 mile."), "1.609 km", "2 km");
        run(trainOnly());
        assertThat(written).filteredOn(w -> w.example().file() == ExampleFile.KTO)
                .extracting(w -> w.example().ktoLabel()).containsExactly(true, false);
    }

    @Test
    void perLabelCapKeepsTheFirstRowsOfEachLabel() {
        good("fi-1", "One?", "Answer one.", 0);
        good("fi-2", "Two?", "Answer two.", 1);
        good("fi-3", "Three?", "Answer three.", 2);
        candidate(CandidateKind.DPO_EDIT, "e1", prompt("Edit?"), "Better.", "Worse.");
        run(trainOnly().withPerLabelCap(2));
        assertThat(writtenIds(ExampleFile.SFT)).containsExactly("sft:fi-1", "sft:fi-2");
        assertThat(writtenIds(ExampleFile.DPO)).containsExactly("dpo:dpo-edit:e1");
        assertThat(excluded).filteredOn(x -> x.reason() == ExclusionReason.LABEL_CAP).extracting(Exclusion::file)
                .containsExactly(ExampleFile.SFT, ExampleFile.KTO);
    }

    @Test
    void identicalPairsAndPromptsThatDoNotEndWithAUserTurnStayOut() {
        candidate(CandidateKind.DPO_RETRY, "r1", prompt("Retry?"), "Same.", "Same.");
        candidate(CandidateKind.DPO_EDIT, "e1", List.of(Message.user("Hi"), Message.assistant("Hello")), "Better.", "Worse.");
        Tally t = run(trainOnly());
        assertThat(t.excluded(ExclusionReason.SAME_ANSWER)).isEqualTo(1);
        assertThat(t.excluded(ExclusionReason.PROMPT_NOT_USER_LAST)).isEqualTo(1);
        assertThat(written).isEmpty();
    }

    @Test
    void dualUseExamplesGoToExactlyOneSide() {
        for (int i = 0; i < 200; i++) {
            candidate(CandidateKind.GOLDEN_EVAL, "u" + i, prompt("Question " + i + "?"), "Answer " + i, null);
            candidate(CandidateKind.SFT, "u" + i, prompt("Question " + i + "?"), "Answer " + i, null);
        }
        Tally t = run(CurationPolicy.defaults().withShares(0.1, 0.3));
        long golden = t.rows(ExampleFile.GOLDEN);
        assertThat(golden + t.rows(ExampleFile.SFT)).isEqualTo(200);
        assertThat(golden).isBetween(40L, 80L);
        assertThat(t.excluded(ExclusionReason.OTHER_SIDE)).as("train-side golden rows, eval-side SFT and KTO rows")
                .isEqualTo((200 - golden) + 2 * golden);
        assertThat(t.excluded(ExclusionReason.LEAKAGE)).isZero();
    }

    @Test
    void trainingRowsCarryTheRecencyWeight() {
        good("fi-now", "Now?", "Answer now.", 0);
        good("fi-old", "Old?", "Answer old.", 180);
        run(trainOnly());
        assertThat(written).filteredOn(w -> w.example().file() == ExampleFile.SFT).extracting(Written::weight)
                .containsExactly(1.0, 0.5);
        written.clear();
        run(trainOnly().withHalfLifeDays(0));
        assertThat(written).extracting(Written::weight).containsOnly(1.0);
    }

    @Test
    void piiInAnyFieldBlocksTheRowAndTheReportNamesOnlyTheField() {
        good("fi-mail", "Contact?", "Mail bob@example.org", 0);
        Tally t = run(trainOnly());
        assertThat(t.totalRows()).isZero();
        assertThat(excluded).filteredOn(x -> x.reason() == ExclusionReason.PII).extracting(Exclusion::detail)
                .containsExactly("sft:fi-mail: answer: email", "kto:fi-mail:true: answer: email");
    }
}
