package dev.concord.curate;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Everything that decides what an export holds: the consensus rule, the curation rules, the preference layout and
 * the eval layouts. Saved verbatim in every export's manifest.
 *
 * @param evalLayouts the layouts the eval cases are written in; {@link EvalLayout#CONCORD} is always among them
 */
public record ExportPolicy(ConsensusPolicy consensus, CurationPolicy curation, DpoLayout dpoLayout,
                           Set<EvalLayout> evalLayouts) {
    /** The layouts eval cases are written in, beside Concord's own {@code eval/golden.jsonl} and {@code eval/regression.jsonl}. */
    public enum EvalLayout {
        /** Concord's own eval files (always written). */
        CONCORD("concord"),
        /** A promptfoo test file and config: {@code eval/promptfoo/}. */
        PROMPTFOO("promptfoo"),
        /** An Inspect AI JSONL dataset: {@code eval/inspect/dataset.jsonl}. */
        INSPECT("inspect"),
        /** The JSONL data source of OpenAI's Evals API with its testing criteria: {@code eval/openai-evals/}. */
        OPENAI_EVALS("openai-evals");

        private final String code;

        EvalLayout(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static EvalLayout parse(String text) {
            for (EvalLayout l : values()) {
                if (l.code.equalsIgnoreCase(text.trim())) {
                    return l;
                }
            }
            throw new IllegalArgumentException("unknown eval layout '" + text
                    + "' (expected concord, promptfoo, inspect or openai-evals)");
        }
    }

    /** Which layout {@code train/dpo.jsonl} uses. */
    public enum DpoLayout {
        /** TRL conversational preference: {@code {"prompt":[...],"chosen":[...],"rejected":[...]}}. */
        TRL,
        /** OpenAI preference fine-tuning: {@code {"input":{"messages":[...]},"preferred_output":[...],"non_preferred_output":[...]}}. */
        OPENAI;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static DpoLayout parse(String text) {
            for (DpoLayout l : values()) {
                if (l.code().equalsIgnoreCase(text.trim())) {
                    return l;
                }
            }
            throw new IllegalArgumentException("unknown dpo layout '" + text + "' (expected trl or openai)");
        }
    }

    public ExportPolicy {
        Objects.requireNonNull(consensus, "consensus");
        Objects.requireNonNull(curation, "curation");
        Objects.requireNonNull(dpoLayout, "dpoLayout");
        EnumSet<EvalLayout> layouts = EnumSet.of(EvalLayout.CONCORD);
        if (evalLayouts != null) {
            layouts.addAll(evalLayouts);
        }
        evalLayouts = java.util.Collections.unmodifiableSet(layouts);
    }

    /** A policy with Concord's own eval layout only. */
    public ExportPolicy(ConsensusPolicy consensus, CurationPolicy curation, DpoLayout dpoLayout) {
        this(consensus, curation, dpoLayout, null);
    }

    public static ExportPolicy defaults() {
        return new ExportPolicy(ConsensusPolicy.defaults(), CurationPolicy.defaults(), DpoLayout.TRL);
    }

    public ExportPolicy with(ConsensusPolicy c) {
        return new ExportPolicy(c, curation, dpoLayout, evalLayouts);
    }

    public ExportPolicy with(CurationPolicy c) {
        return new ExportPolicy(consensus, c, dpoLayout, evalLayouts);
    }

    public ExportPolicy with(DpoLayout layout) {
        return new ExportPolicy(consensus, curation, layout, evalLayouts);
    }

    /** The same policy writing eval cases in these layouts (and Concord's own). */
    public ExportPolicy withEvalLayouts(Set<EvalLayout> layouts) {
        return new ExportPolicy(consensus, curation, dpoLayout, layouts);
    }
}
