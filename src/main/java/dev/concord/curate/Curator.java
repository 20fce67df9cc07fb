package dev.concord.curate;

import dev.concord.model.Message;
import dev.concord.model.ToolCall;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The row filters of one export run, applied in this order: identical DPO answers, a prompt that does not end
 * with a user turn or a tool result (with a user turn, for DPO rows in OpenAI's preference layout), length, leakage (train rows
 * whose prompt is already in an eval file), duplicate prompt within the file (KTO: within the same label), and
 * the per-label cap. Rows are offered in a fixed order — reviewed before automatic, newest first — so the first
 * row of a prompt that passes every filter (and the PII scan) is the one kept. Holds 64-bit prompt keys only,
 * never text.
 */
public final class Curator {
    private static final long KTO_FALSE_SALT = 0x5DEECE66DL;

    private final CurationPolicy policy;
    private final boolean dpoUserLast;
    private final LongHashSet evalPrompts = new LongHashSet();
    private final Map<ExampleFile, LongHashSet> seen = new EnumMap<>(ExampleFile.class);
    private final Map<ExampleFile, Map<String, Integer>> perLabel = new EnumMap<>(ExampleFile.class);

    public Curator(CurationPolicy policy) {
        this(policy, false);
    }

    /**
     * @param dpoUserLast whether DPO rows need a prompt that ends with a user turn: OpenAI's preference layout
     *                    does (it trains on one-turn text conversations); TRL's conversational layouts and chat
     *                    fine-tuning take a prompt that ends with a tool result, the agent answering after its call
     */
    public Curator(CurationPolicy policy, boolean dpoUserLast) {
        this.policy = policy;
        this.dpoUserLast = dpoUserLast;
        for (ExampleFile f : ExampleFile.values()) {
            seen.put(f, new LongHashSet());
            perLabel.put(f, new HashMap<>());
        }
    }

    /** The reason this row must stay out, or null if it may be written (after the PII scan). */
    public Exclusion check(Example e) {
        if (e.file() == ExampleFile.DPO && e.answer().equals(e.rejected()) && e.answerToolCalls().isEmpty()) {
            return out(e, ExclusionReason.SAME_ANSWER, "chosen equals rejected");
        }
        String last = e.prompt().isEmpty() ? "" : e.prompt().get(e.prompt().size() - 1).role();
        if (!"user".equals(last) && !("tool".equals(last) && !(dpoUserLast && e.file() == ExampleFile.DPO))) {
            return out(e, ExclusionReason.PROMPT_NOT_USER_LAST, "tool".equals(last)
                    ? "OpenAI's preference layout needs the prompt to end with a user turn"
                    : "chat layouts need the prompt to end with a user turn or a tool result");
        }
        int promptChars = 0;
        for (Message m : e.prompt()) {
            promptChars += m.content().length();
        }
        if (promptChars > policy.maxPromptChars()) {
            return out(e, ExclusionReason.PROMPT_TOO_LONG, promptChars + " > " + policy.maxPromptChars() + " characters");
        }
        if (e.file().isEval() && !e.answerToolCalls().isEmpty()) {
            return out(e, ExclusionReason.TOOL_CALL_ANSWER, e.answerToolCalls().size() + " tool call(s) in the answer");
        }
        Exclusion length = length(e, e.answer(), e.answerToolCalls());
        if (length == null && e.rejected() != null) {
            length = length(e, e.rejected(), List.of());
        }
        if (length != null) {
            return length;
        }
        if (!e.file().isEval() && evalPrompts.contains(e.promptKey())) {
            return out(e, ExclusionReason.LEAKAGE, "same normalized prompt as an eval row");
        }
        if (seen.get(e.file()).contains(dedupKey(e))) {
            return out(e, ExclusionReason.DUPLICATE, "a row with the same normalized prompt was kept");
        }
        Integer cap = policy.perLabelCap();
        if (cap != null && perLabel.get(e.file()).getOrDefault(e.label(), 0) >= cap) {
            return out(e, ExclusionReason.LABEL_CAP, cap + " rows labelled '" + e.label() + "'");
        }
        return null;
    }

    /** Records a row that was written: its prompt now counts for dedup, leakage and the cap. */
    public void accepted(Example e) {
        seen.get(e.file()).add(dedupKey(e));
        if (e.file().isEval()) {
            evalPrompts.add(e.promptKey());
        }
        perLabel.get(e.file()).merge(e.label(), 1, Integer::sum);
    }

    /** The answer's length: its text and, for an answer that calls tools, each call's name and arguments. */
    private Exclusion length(Example e, String text, List<ToolCall> calls) {
        int n = text == null ? 0 : text.length();
        for (ToolCall c : calls) {
            n += c.name().length() + c.arguments().length();
        }
        if (n < policy.minAnswerChars()) {
            return out(e, ExclusionReason.TOO_SHORT, n + " < " + policy.minAnswerChars() + " characters");
        }
        if (n > policy.maxAnswerChars()) {
            return out(e, ExclusionReason.TOO_LONG, n + " > " + policy.maxAnswerChars() + " characters");
        }
        return null;
    }

    private static long dedupKey(Example e) {
        return Boolean.FALSE.equals(e.ktoLabel()) ? e.promptKey() ^ KTO_FALSE_SALT : e.promptKey();
    }

    static Exclusion out(Example e, ExclusionReason reason, String detail) {
        return new Exclusion(e.source(), e.file(), reason, e.id() + ": " + detail);
    }
}
