package dev.concord.export;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.concord.model.Message;
import dev.concord.model.ToolCall;

import java.io.IOException;
import java.util.List;

/**
 * Chat messages in the OpenAI chat shape, as every layout of an export writes them: {@code role}, {@code content},
 * and for an agent turn {@code tool_calls} ({@code {"id","type":"function","function":{"name","arguments"}}}, the
 * arguments as the JSON text the model wrote), {@code tool_call_id} on a tool result and {@code name} (not on a tool
 * result: OpenAI's tool message has no name). An assistant turn that only calls tools has {@code "content": null}.
 */
final class ChatJson {
    private ChatJson() {
    }

    static void messages(JsonGenerator g, List<Message> messages) throws IOException {
        for (Message m : messages) {
            message(g, m);
        }
    }

    static void message(JsonGenerator g, Message m) throws IOException {
        g.writeStartObject();
        g.writeStringField("role", m.role());
        if (m.content().isEmpty() && !m.toolCalls().isEmpty()) {
            g.writeNullField("content");
        } else {
            g.writeStringField("content", m.content());
        }
        if (!m.toolCalls().isEmpty()) {
            g.writeArrayFieldStart("tool_calls");
            for (ToolCall c : m.toolCalls()) {
                g.writeStartObject();
                g.writeStringField("id", c.id());
                g.writeStringField("type", "function");
                g.writeObjectFieldStart("function");
                g.writeStringField("name", c.name());
                g.writeStringField("arguments", c.arguments());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (m.toolCallId() != null) {
            g.writeStringField("tool_call_id", m.toolCallId());
        }
        if (m.name() != null && !"tool".equals(m.role())) {
            g.writeStringField("name", m.name());
        }
        g.writeEndObject();
    }

    /** {@code "tools": [...]} when the row's prompt offered tools; nothing otherwise. */
    static void tools(JsonGenerator g, String tools) throws IOException {
        if (tools != null) {
            g.writeFieldName("tools");
            g.writeRawValue(tools);
        }
    }
}
