package dev.concord.curate;

import java.util.Objects;

/**
 * Everything that decides what an export holds: the consensus rule, the curation rules and the preference
 * layout. Saved verbatim in every export's manifest.
 */
public record ExportPolicy(ConsensusPolicy consensus, CurationPolicy curation, DpoLayout dpoLayout) {
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
    }

    public static ExportPolicy defaults() {
        return new ExportPolicy(ConsensusPolicy.defaults(), CurationPolicy.defaults(), DpoLayout.TRL);
    }

    public ExportPolicy with(ConsensusPolicy c) {
        return new ExportPolicy(c, curation, dpoLayout);
    }

    public ExportPolicy with(CurationPolicy c) {
        return new ExportPolicy(consensus, c, dpoLayout);
    }

    public ExportPolicy with(DpoLayout layout) {
        return new ExportPolicy(consensus, curation, layout);
    }
}
