package dev.concord.curate;

import dev.concord.model.Message;
import dev.concord.model.ToolCall;

import java.time.Instant;
import java.util.List;

/**
 * One row to export, before layout.
 *
 * @param id        stable row id, unique within its file
 * @param source    the flagged item id or candidate id it comes from
 * @param signals   its origin signal(s): the flag reasons of a reviewed item, the candidate reason of an automatic one
 * @param label     the agreed label (reviewed) or the signal's label (automatic: good, downvoted, edited, retried)
 * @param answer    golden: the accepted answer; regression: the expected answer; sft: the assistant turn;
 *                  dpo: chosen; kto: the completion
 * @param rejected  regression: the bad answer; dpo: rejected; otherwise null
 * @param ktoLabel  kto only: true for a desirable completion, false for an undesirable one
 * @param promptKey {@link PromptKey} of the prompt
 * @param tools      the functions the prompt offered (a JSON array text), or null
 * @param generation the generation whose answer the row judges (a reviewed item's last attempt, a candidate's
 *                   generation), or null: where its evaluator scores are found
 * @param answerToolCalls the tool calls of {@code answer} when it is an answer that calls tools; otherwise empty
 */
public record Example(ExampleFile file, String id, String source, Origin origin, List<String> signals, String label,
                      List<Message> prompt, String answer, String rejected, Boolean ktoLabel, Instant ts,
                      Provenance provenance, long promptKey, String tools, String generation,
                      List<ToolCall> answerToolCalls) {
    public Example {
        signals = List.copyOf(signals);
        prompt = List.copyOf(prompt);
        answerToolCalls = answerToolCalls == null ? List.of() : List.copyOf(answerToolCalls);
    }

    /** A row whose prompt offered no tools. */
    public Example(ExampleFile file, String id, String source, Origin origin, List<String> signals, String label,
                   List<Message> prompt, String answer, String rejected, Boolean ktoLabel, Instant ts,
                   Provenance provenance, long promptKey) {
        this(file, id, source, origin, signals, label, prompt, answer, rejected, ktoLabel, ts, provenance, promptKey, null,
                null, List.of());
    }

    /** The answer as an assistant turn: its text and its tool calls. */
    public Message answerMessage() {
        return Message.toolCalls(answer, answerToolCalls);
    }

    /** Whether the row carries tool calls, tool results or tool definitions. */
    public boolean hasTools() {
        if (tools != null || !answerToolCalls.isEmpty()) {
            return true;
        }
        for (Message m : prompt) {
            if (!m.toolCalls().isEmpty() || "tool".equals(m.role())) {
                return true;
            }
        }
        return false;
    }
}
