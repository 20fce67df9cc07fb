package dev.concord.export;

import dev.concord.curate.ConsensusEvaluator;
import dev.concord.curate.Curator;
import dev.concord.curate.CurationPolicy;
import dev.concord.curate.Example;
import dev.concord.curate.ExampleBuilder;
import dev.concord.curate.Exclusion;
import dev.concord.curate.ExclusionReason;
import dev.concord.curate.ExportPolicy;
import dev.concord.curate.PromptKey;
import dev.concord.curate.RecencyWeight;
import dev.concord.curate.ReviewedItem;
import dev.concord.curate.StableSplit;
import dev.concord.curate.Verdict;
import dev.concord.model.Candidate;
import dev.concord.model.ProgressListener;
import dev.concord.redact.Redactor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the export rules over the input in two streaming passes: the first writes the eval files and remembers
 * their prompt keys, the second writes the training files, keeping out any prompt already in eval (the leakage
 * guard). Each source goes wholly to one side: a reviewed item by the held-out split, an automatic example that
 * could feed both sides by the automatic split (see {@link StableSplit}). Every row passes the {@link Curator}
 * filters and the last PII scan before it is written. Memory holds prompt keys (16 bytes or so per kept row),
 * never texts. Every exclusion is reported once, to the consumer and to the tally.
 */
public final class ExportPipeline {
    private static final int PROGRESS_EVERY = 512;

    private final ExportPolicy policy;
    private final PiiGate pii;
    private final RecencyWeight recency;

    public ExportPipeline(ExportPolicy policy, Redactor redactor, RecencyWeight recency) {
        this.policy = policy;
        this.pii = new PiiGate(redactor);
        this.recency = recency;
    }

    /**
     * Runs both passes into the sink. Throws {@code CancelledException} when the listener asks to stop and
     * {@link UncheckedIOException} when the sink cannot write.
     */
    public Tally run(ExportInput input, RowSink sink, Consumer<Exclusion> exclusions, ProgressListener progress) {
        Run run = new Run(input, sink, exclusions, progress);
        run.pass(true);
        run.pass(false);
        progress.progress(run.total, run.total, "done");
        return run.tally;
    }

    private final class Run {
        final ExportInput input;
        final RowSink sink;
        final Consumer<Exclusion> exclusions;
        final ProgressListener progress;
        final Tally tally = new Tally();
        final Curator curator;
        final ConsensusEvaluator evaluator = new ConsensusEvaluator(policy.consensus());
        final CurationPolicy curation = policy.curation();
        final long total;
        long done;
        boolean evalPass;

        Run(ExportInput input, RowSink sink, Consumer<Exclusion> exclusions, ProgressListener progress) {
            this.input = input;
            this.sink = sink;
            this.exclusions = exclusions;
            this.progress = progress;
            this.curator = new Curator(policy.curation(), policy.dpoLayout() == ExportPolicy.DpoLayout.OPENAI);
            this.total = input.sourceCount(curation.includeAutomatic());
        }

        void pass(boolean eval) {
            evalPass = eval;
            input.forEachReviewed(this::reviewed);
            if (curation.includeAutomatic()) {
                input.forEachCandidate(eval, this::candidate);
            }
        }

        void reviewed(ReviewedItem ri) {
            tick();
            String id = ri.item().id();
            Verdict v = evaluator.evaluate(ri);
            if (evalPass) {
                tally.reviewedItem(v.accepted(), v.disputed() && ri.decision() == null);
                for (ExclusionReason r : v.reasons()) {
                    exclude(new Exclusion(id, null, r, v.detail(r)));
                }
            }
            if (!(v instanceof Verdict.Agreed a)) {
                return;
            }
            boolean toEval = ExampleBuilder.hasEvalForm(a) && StableSplit.toEval(id, curation.heldOutShare());
            long key = toEval == evalPass ? PromptKey.of(ri.item().prompt()) : 0;
            offerAll(ExampleBuilder.fromReviewed(ri, a, key), toEval);
        }

        void candidate(Candidate c) {
            tick();
            tally.candidate();
            boolean toEval = ExampleBuilder.dualUse(c.kind()) && StableSplit.toEval(c.generationId(), curation.automaticEvalShare());
            long key = toEval == evalPass ? PromptKey.of(c.prompt()) : 0;
            offerAll(ExampleBuilder.fromCandidate(c, key), toEval);
        }

        /**
         * Offers the rows whose file is on this pass's side: rows on the source's side are curated and written,
         * the others are reported as {@link ExclusionReason#OTHER_SIDE}.
         */
        void offerAll(List<Example> examples, boolean toEval) {
            for (Example e : examples) {
                boolean evalRow = e.file().isEval();
                if (evalRow != evalPass) {
                    continue;
                }
                if (evalRow != toEval) {
                    exclude(new Exclusion(e.source(), e.file(), ExclusionReason.OTHER_SIDE,
                            e.id() + ": its source went to " + (toEval ? "eval" : "training")));
                } else {
                    offer(e, evalRow);
                }
            }
        }

        void offer(Example e, boolean evalRow) {
            Exclusion x = curator.check(e);
            if (x == null) {
                String hit = pii.check(e);
                if (hit != null) {
                    x = new Exclusion(e.source(), e.file(), ExclusionReason.PII, e.id() + ": " + hit);
                }
            }
            if (x != null) {
                exclude(x);
                return;
            }
            try {
                sink.write(e, evalRow ? 1.0 : recency.of(e.ts()));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            curator.accepted(e);
            tally.written(e);
        }

        void exclude(Exclusion x) {
            tally.excluded(x);
            exclusions.accept(x);
        }

        void tick() {
            pii.nextSource();
            progress.checkCancelled();
            if (++done % PROGRESS_EVERY == 0) {
                progress.progress(done, total, evalPass ? "writing eval files" : "writing training files");
            }
        }
    }
}
