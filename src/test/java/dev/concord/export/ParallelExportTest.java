package dev.concord.export;

import dev.concord.curate.CurationPolicy;
import dev.concord.curate.ExampleBuilder;
import dev.concord.curate.Exclusion;
import dev.concord.curate.ExclusionReason;
import dev.concord.curate.ExportPolicy;
import dev.concord.curate.RecencyWeight;
import dev.concord.curate.ReviewedItem;
import dev.concord.model.Attempt;
import dev.concord.model.Candidate;
import dev.concord.model.CandidateKind;
import dev.concord.model.FlagReason;
import dev.concord.model.FlaggedItem;
import dev.concord.model.Message;
import dev.concord.model.ProgressListener;
import dev.concord.redact.Redactor;
import dev.concord.review.Reviews;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline's worker threads (rows, prompt keys and the PII scan computed ahead) change nothing in what is
 * written: the same input exported on the caller's thread alone and with several workers gives the same bytes in
 * every file, the same exclusions in the same order and the same counts.
 */
class ParallelExportTest {
    static final Instant NEWEST = Instant.parse("2026-11-20T00:00:00Z");
    static final CandidateKind[] KINDS = CandidateKind.values();

    final List<ReviewedItem> reviewed = new ArrayList<>();
    final List<Candidate> candidates = new ArrayList<>();

    ParallelExportTest() {
        for (int i = 0; i < 3_000; i++) {
            Instant ts = NEWEST.minusSeconds(i * 600L);
            // every 7th question repeats an earlier one (duplicates, leakage), every 11th answer holds an email
            String question = "Question " + (i % 7 == 0 ? i / 2 : i) + " about the order?";
            String answer = i % 11 == 0 ? "Write to person" + i + "@example.com for that." : "Answer number " + i + ".";
            List<Message> prompt = List.of(new Message("system", "You are a careful support agent. ".repeat(3)),
                    Message.user(question));
            CandidateKind kind = KINDS[i % KINDS.length];
            boolean paired = kind.code().startsWith("dpo") || kind == CandidateKind.REGRESSION_EVAL;
            candidates.add(new Candidate(Candidate.idFor(kind, "g" + i), kind, "g" + i, "s" + i / 5, prompt, answer,
                    paired ? "A worse answer " + (i % 13 == 0 ? "call 415-555-0134" : "than " + i) : null, "thumbs-up", ts));
            if (i % 10 == 0) {
                FlaggedItem fi = new FlaggedItem("fi-" + i, "s" + i / 5, Set.of(FlagReason.DOWNVOTE_NO_CORRECTION), prompt,
                        List.of(new Attempt(0, "g" + i, ts, "m", answer, null, null, false, false)), ts);
                String label = i % 30 == 0 ? "bad" : "good";
                reviewed.add(new ReviewedItem(fi, List.of(Reviews.vote("a", label, null, null, null, false),
                        Reviews.vote("b", i % 40 == 0 ? "bad" : label, null, null, null, false)), null));
            }
        }
    }

    record Output(Map<String, ExportWriter.FileSummary> files, List<Exclusion> exclusions, long rows) {
    }

    Output export(Path dir, int workers) throws IOException {
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
        CurationPolicy curation = CurationPolicy.defaults().withShares(0.1, 0.3);
        List<Exclusion> exclusions = new ArrayList<>();
        Tally tally;
        Map<String, ExportWriter.FileSummary> files;
        try (ExportWriter writer = new ExportWriter(dir, ExportPolicy.defaults().dpoLayout())) {
            tally = new ExportPipeline(ExportPolicy.defaults().with(curation), Redactor.standard(),
                    new RecencyWeight(NEWEST, curation.halfLifeDays()), workers)
                    .run(new PrefetchingInput(input), writer, exclusions::add, ProgressListener.NONE);
            files = writer.finish();
        }
        return new Output(files, exclusions, tally.totalRows());
    }

    @Test
    void workersWriteTheSameBytesAndExclusionsAsTheCallersThreadAlone(@TempDir Path tmp) throws IOException {
        Output sequential = export(tmp.resolve("sequential"), 0);
        Output parallel = export(tmp.resolve("parallel"), 3);

        assertThat(sequential.rows()).isGreaterThan(1_000);
        assertThat(sequential.exclusions()).extracting(Exclusion::reason)
                .contains(ExclusionReason.PII, ExclusionReason.DUPLICATE, ExclusionReason.LEAKAGE);
        assertThat(parallel.files()).isEqualTo(sequential.files());
        for (String file : sequential.files().keySet()) {
            assertThat(Files.readAllBytes(tmp.resolve("parallel").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(tmp.resolve("sequential").resolve(file)));
        }
        assertThat(parallel.exclusions()).isEqualTo(sequential.exclusions());
        assertThat(parallel.rows()).isEqualTo(sequential.rows());
    }
}
