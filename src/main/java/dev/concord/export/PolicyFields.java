package dev.concord.export;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concord.curate.ConsensusPolicy;
import dev.concord.curate.CurationPolicy;
import dev.concord.curate.ExportPolicy;
import dev.concord.curate.Share;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The keys of a policy file as read, with their lines, turned into a checked {@link ExportPolicy}. */
final class PolicyFields {
    static final List<String> SECTIONS = List.of("consensus", "curation", "output");
    private static final Set<String> KEYS = new TreeSet<>(List.of(
            "consensus.min_reviews", "consensus.label_agreement", "consensus.corrections_must_agree",
            "consensus.correction_similarity", "consensus.accepted_label", "consensus.expert_label",
            "curation.min_answer_chars", "curation.max_answer_chars", "curation.max_prompt_chars",
            "curation.per_label_cap", "curation.recency_half_life_days", "curation.held_out_share",
            "curation.automatic_eval_share", "curation.include_automatic", "output.dpo_layout",
            "output.eval_layouts"));

    private final String name;
    private final Map<String, JsonNode> values = new HashMap<>();
    private final Map<String, Integer> lines = new HashMap<>();

    PolicyFields(String name) {
        this.name = name;
    }

    void put(String key, JsonNode value, int line) {
        if (!KEYS.contains(key)) {
            throw new ExportException(name + ":" + line + ": unknown key '" + key + "' (known: " + KEYS + ")");
        }
        values.put(key, value);
        lines.put(key, line);
    }

    ExportPolicy policy() {
        ConsensusPolicy dc = ConsensusPolicy.defaults();
        CurationPolicy dk = CurationPolicy.defaults();
        ConsensusPolicy c = build("consensus", () -> new ConsensusPolicy(
                integer("consensus.min_reviews", dc.minReviews()),
                share("consensus.label_agreement", dc.labelAgreement()),
                bool("consensus.corrections_must_agree", dc.correctionsMustAgree()),
                number("consensus.correction_similarity", dc.correctionThreshold()),
                text("consensus.accepted_label", dc.acceptedLabel()),
                text("consensus.expert_label", dc.expertLabel())));
        CurationPolicy k = build("curation", () -> new CurationPolicy(
                integer("curation.min_answer_chars", dk.minAnswerChars()),
                integer("curation.max_answer_chars", dk.maxAnswerChars()),
                integer("curation.max_prompt_chars", dk.maxPromptChars()),
                optionalInteger("curation.per_label_cap", dk.perLabelCap()),
                number("curation.recency_half_life_days", dk.halfLifeDays()),
                number("curation.held_out_share", dk.heldOutShare()),
                number("curation.automatic_eval_share", dk.automaticEvalShare()),
                bool("curation.include_automatic", dk.includeAutomatic())));
        ExportPolicy.DpoLayout layout = values.containsKey("output.dpo_layout")
                ? convert("output.dpo_layout", () -> ExportPolicy.DpoLayout.parse(text("output.dpo_layout", "trl")))
                : ExportPolicy.DpoLayout.TRL;
        return new ExportPolicy(c, k, layout, evalLayouts());
    }

    private java.util.Set<ExportPolicy.EvalLayout> evalLayouts() {
        JsonNode n = values.get("output.eval_layouts");
        java.util.Set<ExportPolicy.EvalLayout> out = java.util.EnumSet.of(ExportPolicy.EvalLayout.CONCORD);
        if (n == null) {
            return out;
        }
        if (!n.isArray()) {
            throw fail("output.eval_layouts", "must be a list such as [\"concord\", \"promptfoo\"], got " + n);
        }
        for (JsonNode v : n) {
            if (!v.isTextual()) {
                throw fail("output.eval_layouts", "must hold strings, got " + v);
            }
            out.add(convert("output.eval_layouts", () -> ExportPolicy.EvalLayout.parse(v.textValue())));
        }
        return out;
    }

    private <T> T build(String section, java.util.function.Supplier<T> s) {
        try {
            return s.get();
        } catch (IllegalArgumentException e) {
            String key = lines.keySet().stream().filter(k -> k.startsWith(section + ".")
                    && e.getMessage().startsWith(k.substring(section.length() + 1))).findFirst().orElse(null);
            String where = key == null ? name : name + ":" + lines.get(key);
            throw new ExportException(where + ": " + section + ": " + e.getMessage(), e);
        }
    }

    private <T> T convert(String key, java.util.function.Supplier<T> s) {
        try {
            return s.get();
        } catch (IllegalArgumentException e) {
            throw fail(key, e.getMessage());
        }
    }

    private ExportException fail(String key, String message) {
        return new ExportException(name + ":" + lines.get(key) + ": " + key + ": " + message);
    }

    private int integer(String key, int dflt) {
        JsonNode n = values.get(key);
        if (n == null) {
            return dflt;
        }
        if (!n.canConvertToInt() || !n.isIntegralNumber()) {
            throw fail(key, "must be a whole number, got " + n);
        }
        return n.intValue();
    }

    private Integer optionalInteger(String key, Integer dflt) {
        JsonNode n = values.get(key);
        if (n == null) {
            return dflt;
        }
        return n.isNull() ? null : integer(key, 0);
    }

    private double number(String key, double dflt) {
        JsonNode n = values.get(key);
        if (n == null) {
            return dflt;
        }
        if (!n.isNumber()) {
            throw fail(key, "must be a number, got " + n);
        }
        return n.doubleValue();
    }

    private boolean bool(String key, boolean dflt) {
        JsonNode n = values.get(key);
        if (n == null) {
            return dflt;
        }
        if (!n.isBoolean()) {
            throw fail(key, "must be true or false, got " + n);
        }
        return n.booleanValue();
    }

    private String text(String key, String dflt) {
        JsonNode n = values.get(key);
        if (n == null) {
            return dflt;
        }
        if (!n.isTextual()) {
            throw fail(key, "must be a string, got " + n);
        }
        return n.textValue();
    }

    private Share share(String key, Share dflt) {
        JsonNode n = values.get(key);
        if (n == null) {
            return dflt;
        }
        if (!n.isTextual() && !n.isNumber()) {
            throw fail(key, "must be \"all\", a fraction such as \"2/3\", or a number, got " + n);
        }
        return convert(key, () -> Share.parse(n.isNumber() ? n.decimalValue().toPlainString() : n.textValue()));
    }
}
