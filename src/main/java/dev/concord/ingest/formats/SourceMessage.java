package dev.concord.ingest.formats;

import dev.concord.ingest.MessageParser;
import dev.concord.model.Message;

import java.util.ArrayList;
import java.util.List;

/**
 * A chat message as a trace source records it, before it becomes Concord's {@link Message}. It keeps what the
 * sources carry beyond role and text (tool calls, the tool call a result answers, the speaker's name, the kinds of
 * non-text parts); {@link #toMessage()} is the one place where a source message becomes a Concord message.
 *
 * @param otherParts the types of content parts that are not text (image, audio, file...), in order
 */
public record SourceMessage(String role, String text, List<ToolCall> toolCalls, String toolCallId, String name,
                            List<String> otherParts) {
    /** One call of a tool (function) by the model: its id, the function's name and its arguments as JSON text. */
    public record ToolCall(String id, String name, String arguments) {
    }

    public SourceMessage {
        text = text == null ? "" : text;
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
        otherParts = otherParts == null ? List.of() : List.copyOf(otherParts);
    }

    public static SourceMessage of(String role, String text) {
        return new SourceMessage(role, text, List.of(), null, null, List.of());
    }

    /**
     * The Concord message: role, text, tool calls, tool call id and name; each non-text part follows the text as the
     * placeholder {@link MessageParser} writes for Concord's own format ({@code [image]}...), one per line.
     */
    public Message toMessage() {
        StringBuilder content = new StringBuilder(text);
        for (String type : otherParts) {
            if (!content.isEmpty()) {
                content.append('\n');
            }
            content.append(MessageParser.placeholder(type));
        }
        List<dev.concord.model.ToolCall> calls = new ArrayList<>(toolCalls.size());
        for (ToolCall c : toolCalls) {
            calls.add(new dev.concord.model.ToolCall(c.id(), c.name(), c.arguments()));
        }
        return new Message(role, content.toString(), calls, toolCallId, name);
    }
}
