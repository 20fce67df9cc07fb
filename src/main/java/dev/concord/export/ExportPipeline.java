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
import java.util.function.Function;

/**
 * Runs the export rules over the input in two streaming passes: the first writes the eval files and remembers
 * their prompt keys, the second writes the training files, keeping out any prompt already in eval (the leakage
 * guard). Each source goes wholly to one side: a reviewed item by the held-out split, an automatic example that
 * could feed both sides by the automatic split (see {@link StableSplit}). Every row passes the {@link Curator}
 * filters and the last PII scan before it is written. The work on one source that depends on no other (its rows,
 * prompt keys and PII scan) runs ahead on worker threads ({@link OrderedWorkers}); curation, which depends on the
 * rows before, and writing run on the caller's thread in input order, so the files are byte for byte those of a
 * sequential run. Memory holds prompt keys (16 bytes or so per kept row) and a few batches of sources in flight.
 * Every exclusion is reported once, to the consumer and to the tally.
 */
public final class ExportPipeline {
    private static final int PROGRESS_EVERY = 512;
    /** Sources handed to a worker at a time. */
    private static final int BATCH = 64;

    private final ExportPolicy policy;
    private final Redactor redactor;
    private final RecencyWeight recency;
    private final int workers;

    /**
     * A pipeline with a worker thread for each core beyond the two that the reading thread and the writing thread
     * keep busy: none on a 2-core machine, where extra threads only compete with those two for the cores (measured
     * slower, docs/benchmarks.md).
     */
    public ExportPipeline(ExportPolicy policy, Redactor redactor, RecencyWeight recency) {
        this(policy, redactor, recency, Runtime.getRuntime().availableProcessors() - 2);
    }

    /**
     * @param workers threads that build each source's rows, prompt keys and PII findings ahead of the caller's
     *                thread, which still curates and writes every row in input order; 0 does everything on the
     *                caller's thread. The output is the same either way.
     */
    public ExportPipeline(ExportPolicy policy, Redactor redactor, RecencyWeight recency, int workers) {
        this.policy = policy;
        this.redactor = redactor;
        this.recency = recency;
        this.workers = Math.max(0, workers);
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

    /**
     * A source with what a worker computed for it: its verdict (reviewed items), its rows, whether it went to
     * eval, and for each row on this pass's side of the split its PII finding ({@link PiiGate#check}, null when
     * clean or not scanned).
     */
    private record Prepared(ReviewedItem reviewed, Verdict verdict, List<Example> examples, boolean toEval,
                            String[] pii) {
    }

    /** The per-source work that does not depend on earlier sources; one per worker thread (its caches). */
    private final class Preparer implements Function<Object, Prepared> {
        private final boolean evalPass;
        private final CurationPolicy curation = policy.curation();
        private final PiiGate pii = new PiiGate(redactor);
        private final ConsensusEvaluator evaluator = new ConsensusEvaluator(policy.consensus());

        Preparer(boolean evalPass) {
            this.evalPass = evalPass;
        }

        @Override
        public Prepared apply(Object source) {
            pii.nextSource();
            if (source instanceof ReviewedItem ri) {
                Verdict v = evaluator.evaluate(ri);
                if (!(v instanceof Verdict.Agreed a)) {
                    return new Prepared(ri, v, List.of(), false, new String[0]);
                }
                boolean toEval = ExampleBuilder.hasEvalForm(a) && StableSplit.toEval(ri.item().id(), curation.heldOutShare());
                long key = toEval == evalPass ? PromptKey.of(ri.item().prompt()) : 0;
                return scanned(ri, v, ExampleBuilder.fromReviewed(ri, a, key), toEval);
            }
            Candidate c = (Candidate) source;
            boolean toEval = ExampleBuilder.dualUse(c.kind()) && StableSplit.toEval(c.generationId(), curation.automaticEvalShare());
            long key = toEval == evalPass ? PromptKey.of(c.prompt()) : 0;
            return scanned(null, null, ExampleBuilder.fromCandidate(c, key), toEval);
        }

        private Prepared scanned(ReviewedItem ri, Verdict v, List<Example> examples, boolean toEval) {
            String[] hits = new String[examples.size()];
            for (int i = 0; i < hits.length; i++) {
                boolean evalRow = examples.get(i).file().isEval();
                if (evalRow == evalPass && evalRow == toEval) {
                    hits[i] = pii.check(examples.get(i));
                }
            }
            return new Prepared(ri, v, examples, toEval, hits);
        }
    }

    private final class Run {
        final ExportInput input;
        final RowSink sink;
        final Consumer<Exclusion> exclusions;
        final ProgressListener progress;
        final Tally tally = new Tally();
        final Curator curator;
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
            try (OrderedWorkers<Object, Prepared> ahead = new OrderedWorkers<>(workers, BATCH, () -> new Preparer(eval),
                    this::apply)) {
                input.forEachReviewed(ahead::accept);
                if (curation.includeAutomatic()) {
                    input.forEachCandidate(eval, ahead::accept);
                }
                ahead.drain();
            }
        }

        void apply(Prepared p) {
            tick();
            if (p.reviewed() != null) {
                reviewed(p);
            } else {
                tally.candidate();
                offerAll(p);
            }
        }

        void reviewed(Prepared p) {
            ReviewedItem ri = p.reviewed();
            String id = ri.item().id();
            Verdict v = p.verdict();
            if (evalPass) {
                tally.reviewedItem(v.accepted(), v.disputed() && ri.decision() == null);
                for (ExclusionReason r : v.reasons()) {
                    exclude(new Exclusion(id, null, r, v.detail(r)));
                }
            }
            if (v instanceof Verdict.Agreed) {
                offerAll(p);
            }
        }

        /**
         * Offers the rows whose file is on this pass's side: rows on the source's side are curated and written,
         * the others are reported as {@link ExclusionReason#OTHER_SIDE}.
         */
        void offerAll(Prepared p) {
            boolean toEval = p.toEval();
            for (int i = 0; i < p.examples().size(); i++) {
                Example e = p.examples().get(i);
                boolean evalRow = e.file().isEval();
                if (evalRow != evalPass) {
                    continue;
                }
                if (evalRow != toEval) {
                    exclude(new Exclusion(e.source(), e.file(), ExclusionReason.OTHER_SIDE,
                            e.id() + ": its source went to " + (toEval ? "eval" : "training")));
                } else {
                    offer(e, evalRow, p.pii()[i]);
                }
            }
        }

        /** Curates and writes one row; {@code piiHit} is its PII finding, used only if the curator keeps it. */
        void offer(Example e, boolean evalRow, String piiHit) {
            Exclusion x = curator.check(e);
            if (x == null && piiHit != null) {
                x = new Exclusion(e.source(), e.file(), ExclusionReason.PII, e.id() + ": " + piiHit);
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
            progress.checkCancelled();
            if (++done % PROGRESS_EVERY == 0) {
                progress.progress(done, total, evalPass ? "writing eval files" : "writing training files");
            }
        }
    }
}
