package dev.concord.model;

import java.util.List;
import java.util.Objects;

/**
 * One chat turn: a role ({@code system}, {@code user}, {@code assistant}, {@code tool}) and its text, plus what an
 * agent turn carries: the tool calls of an assistant turn, the {@code tool_call_id} a tool result answers, and the
 * optional participant or function {@code name}. Content given as a list of parts arrives here as one text (text
 * parts joined by a newline, other parts as a placeholder such as {@code [image]}); an assistant turn that only
 * calls tools has the empty string as content.
 *
 * @param toolCalls  the calls of an assistant turn, in order; empty for every other turn
 * @param toolCallId on a tool result, the id of the call it answers; otherwise null
 * @param name       the optional {@code name} of the message (a participant, or the function of a tool result)
 */
public record Message(String role, String content, List<ToolCall> toolCalls, String toolCallId, String name) {
    public Message {
        Objects.requireNonNull(role, "role");
        content = content == null ? "" : content;
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
    }

    public Message(String role, String content) {
        this(role, content, List.of(), null, null);
    }

    public static Message user(String content) {
        return new Message("user", content);
    }

    public static Message assistant(String content) {
        return new Message("assistant", content);
    }

    /** An assistant turn calling tools (its content may be empty). */
    public static Message toolCalls(String content, List<ToolCall> calls) {
        return new Message("assistant", content, calls, null, null);
    }

    /** The result of a tool call. */
    public static Message toolResult(String toolCallId, String name, String content) {
        return new Message("tool", content, List.of(), toolCallId, name);
    }

    /** Whether this turn carries anything beyond role and content (tool calls, a call id, a name). */
    public boolean isAgentTurn() {
        return !toolCalls.isEmpty() || toolCallId != null || name != null;
    }
}
