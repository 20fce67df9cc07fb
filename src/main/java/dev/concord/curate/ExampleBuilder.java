package dev.concord.curate;

import dev.concord.model.Attempt;
import dev.concord.model.Candidate;
import dev.concord.model.CandidateKind;
import dev.concord.model.FlagReason;
import dev.concord.model.FlaggedItem;
import dev.concord.model.ToolCall;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns agreed items and automatic candidates into rows, eval forms first. The label of a reviewed item judges
 * its last attempt (the answer the user was left with); an agreed correction replaces that answer.
 * <ul>
 *   <li>good: golden case, SFT row, KTO {@code true};</li>
 *   <li>bad with an agreed correction: regression case, corrected SFT row, DPO pair (correction over answer),
 *       KTO {@code true} (correction) and {@code false} (answer);</li>
 *   <li>bad with no agreed correction: KTO {@code false};</li>
 *   <li>retry chain with agreed best and worst picks: DPO pair (best over worst).</li>
 * </ul>
 * Automatic candidates: golden-eval and regression-eval are eval rows; sft and sft-corrected give an SFT row and
 * KTO {@code true}; dpo-correction gives a DPO pair and KTO {@code false}; dpo-edit and dpo-retry give a DPO pair.
 */
public final class ExampleBuilder {
    /** Labels of automatic rows, named after their signal. */
    public static final String GOOD = "good";
    public static final String DOWNVOTED = "downvoted";
    public static final String EDITED = "edited";
    public static final String RETRIED = "retried";

    private ExampleBuilder() {
    }

    public static List<Example> fromReviewed(ReviewedItem ri, Verdict.Agreed v) {
        return fromReviewed(ri, v, PromptKey.of(ri.item().prompt()));
    }

    /** As {@link #fromReviewed(ReviewedItem, Verdict.Agreed)} with the prompt key given (0 when no row will be offered). */
    public static List<Example> fromReviewed(ReviewedItem ri, Verdict.Agreed v, long key) {
        FlaggedItem item = ri.item();
        List<String> signals = item.reasons().stream().map(FlagReason::code).toList();
        Attempt last = item.attempts().isEmpty() ? null : item.attempts().get(item.attempts().size() - 1);
        String answer = last == null ? "" : last.output();
        List<ToolCall> calls = last == null ? List.of() : last.toolCalls();
        Rows rows = new Rows(item.id(), Origin.REVIEWED, signals, v.label(), item, v.provenance(), key);
        if (v.good()) {
            rows.add(ExampleFile.GOLDEN, "", answer, null, null, calls);
        } else if (v.correction() != null) {
            rows.add(ExampleFile.REGRESSION, "", v.correction(), answer, null);
        }
        if (v.good()) {
            rows.add(ExampleFile.SFT, "", answer, null, null, calls);
            rows.add(ExampleFile.KTO, ":true", answer, null, true, calls);
        } else if (v.correction() != null) {
            rows.add(ExampleFile.SFT, "", v.correction(), null, null);
            rows.add(ExampleFile.DPO, "", v.correction(), answer, null);
            rows.add(ExampleFile.KTO, ":true", v.correction(), null, true);
            rows.add(ExampleFile.KTO, ":false", answer, null, false, calls);
        } else {
            rows.add(ExampleFile.KTO, ":false", answer, null, false, calls);
        }
        if (v.picks() == Verdict.PickStatus.AGREED) {
            Attempt best = item.attempts().get(v.best());
            Attempt worst = item.attempts().get(v.worst());
            rows.add(ExampleFile.DPO, ":picks", best.output(), worst.output(), null, best.toolCalls());
        }
        return rows.list;
    }

    public static List<Example> fromCandidate(Candidate c) {
        return fromCandidate(c, PromptKey.of(c.prompt()));
    }

    /** Whether an agreed item has an eval form (a golden or regression case). */
    public static boolean hasEvalForm(Verdict.Agreed v) {
        return v.good() || v.correction() != null;
    }

    /** Whether candidates of this kind are eval rows (golden-eval, regression-eval). */
    public static boolean isEvalKind(CandidateKind kind) {
        return kind == CandidateKind.GOLDEN_EVAL || kind == CandidateKind.REGRESSION_EVAL;
    }

    /** As {@link #fromCandidate(Candidate)} with the prompt key given (0 when no row will be offered). */
    public static List<Example> fromCandidate(Candidate c, long key) {
        Rows rows = new Rows(c.id(), Origin.AUTOMATIC, List.of(c.reason()), labelOf(c.kind()), null,
                Provenance.AUTOMATIC, key);
        rows.candidate = c;
        switch (c.kind()) {
            case GOLDEN_EVAL -> rows.add(ExampleFile.GOLDEN, "", c.chosen(), null, null, c.chosenToolCalls());
            case REGRESSION_EVAL -> rows.add(ExampleFile.REGRESSION, "", c.chosen(), c.rejected(), null);
            case SFT, SFT_CORRECTED -> {
                rows.add(ExampleFile.SFT, "", c.chosen(), null, null, c.chosenToolCalls());
                rows.add(ExampleFile.KTO, ":true", c.chosen(), null, true, c.chosenToolCalls());
            }
            case DPO_CORRECTION -> {
                rows.add(ExampleFile.DPO, "", c.chosen(), c.rejected(), null);
                rows.add(ExampleFile.KTO, ":false", c.rejected(), null, false);
            }
            case DPO_EDIT, DPO_RETRY -> rows.add(ExampleFile.DPO, "", c.chosen(), c.rejected(), null, c.chosenToolCalls());
        }
        return rows.list;
    }

    /** Whether a candidate of this kind belongs to a group that could feed both eval and train. */
    public static boolean dualUse(CandidateKind kind) {
        return kind != CandidateKind.DPO_EDIT && kind != CandidateKind.DPO_RETRY;
    }

    static String labelOf(CandidateKind kind) {
        return switch (kind) {
            case GOLDEN_EVAL, SFT -> GOOD;
            case REGRESSION_EVAL, SFT_CORRECTED, DPO_CORRECTION -> DOWNVOTED;
            case DPO_EDIT -> EDITED;
            case DPO_RETRY -> RETRIED;
        };
    }

    private static final class Rows {
        final List<Example> list = new ArrayList<>(4);
        final String source;
        final Origin origin;
        final List<String> signals;
        final String label;
        final FlaggedItem item;
        final Provenance provenance;
        final long key;
        Candidate candidate;

        Rows(String source, Origin origin, List<String> signals, String label, FlaggedItem item, Provenance provenance,
             long key) {
            this.source = source;
            this.origin = origin;
            this.signals = signals;
            this.label = label;
            this.item = item;
            this.provenance = provenance;
            this.key = key;
        }

        void add(ExampleFile file, String suffix, String answer, String rejected, Boolean kto) {
            add(file, suffix, answer, rejected, kto, List.of());
        }

        /** A row whose answer is an assistant turn with {@code calls} (empty for a plain text answer). */
        void add(ExampleFile file, String suffix, String answer, String rejected, Boolean kto, List<ToolCall> calls) {
            String id = file.code() + ":" + source + suffix;
            if (item != null) {
                String judged = item.attempts().isEmpty() ? null
                        : item.attempts().get(item.attempts().size() - 1).generationId();
                list.add(new Example(file, id, source, origin, signals, label, item.prompt(), answer, rejected, kto,
                        item.createdAt(), provenance, key, item.tools(), judged, calls));
            } else {
                list.add(new Example(file, id, source, origin, signals, label, candidate.prompt(), answer, rejected, kto,
                        candidate.ts(), provenance, key, candidate.tools(), candidate.generationId(), calls));
            }
        }
    }
}
