package dev.concord.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.concord.model.Message;
import dev.concord.model.ToolCall;

import java.io.IOException;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A prompt column: {@code [{"role":..,"content":..},...]}, where a long system message may be stored once in
 * {@code prompt_texts} and appear as {@code {"role":"system","ref":HASH}} instead (see {@link PromptTexts}).
 * An agent turn adds {@code "tool_calls":[{"id","name","arguments"}]}, {@code "tool_call_id"} and {@code "name"}.
 * The generation's tools, when recorded, are stored once in {@code prompt_texts} too and named by a first element
 * {@code {"tools_ref":HASH}} that has no role. Streaming in both directions, no data binding. Columns written
 * before references, tool calls or tools existed read as before.
 */
final class PromptColumn {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** A decoded column: the messages and the tools (a JSON array text, or null). */
    record Stored(List<Message> messages, String tools) {
    }

    private PromptColumn() {
    }

    /** Encodes a prompt without tools. */
    static String write(List<Message> prompt, PromptTexts.Writer texts) throws SQLException {
        return write(prompt, null, texts);
    }

    /** Encodes a prompt and its tools, storing long system texts and the tools through {@code texts}. */
    static String write(List<Message> prompt, String tools, PromptTexts.Writer texts) throws SQLException {
        StringWriter out = new StringWriter(64 + 64 * prompt.size());
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartArray();
            if (tools != null) {
                g.writeStartObject();
                g.writeStringField("tools_ref", texts.ref(tools));
                g.writeEndObject();
            }
            for (Message m : prompt) {
                g.writeStartObject();
                g.writeStringField("role", m.role());
                if (PromptTexts.isShared(m)) {
                    g.writeStringField("ref", texts.ref(m.content()));
                } else {
                    g.writeStringField("content", m.content());
                }
                if (m.isAgentTurn()) {
                    agentFields(g, m);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new StoreException("cannot encode a prompt column", e);
        }
        return out.toString();
    }

    private static void agentFields(JsonGenerator g, Message m) throws IOException {
        if (!m.toolCalls().isEmpty()) {
            g.writeFieldName("tool_calls");
            calls(g, m.toolCalls());
        }
        if (m.toolCallId() != null) {
            g.writeStringField("tool_call_id", m.toolCallId());
        }
        if (m.name() != null) {
            g.writeStringField("name", m.name());
        }
    }

    private static void calls(JsonGenerator g, List<ToolCall> calls) throws IOException {
        g.writeStartArray();
        for (ToolCall c : calls) {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            g.writeStringField("name", c.name());
            g.writeStringField("arguments", c.arguments());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** An answer's tool calls column ({@code generations.output_tool_calls}): the array, or null when there are none. */
    static String writeCalls(List<ToolCall> calls) {
        if (calls.isEmpty()) {
            return null;
        }
        StringWriter out = new StringWriter(64 * calls.size());
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            calls(g, calls);
        } catch (IOException e) {
            throw new StoreException("cannot encode tool calls", e);
        }
        return out.toString();
    }

    /** Decodes an answer's tool calls column; null reads as none. */
    static List<ToolCall> readCalls(String json) {
        if (json == null) {
            return List.of();
        }
        try (JsonParser p = FACTORY.createParser(json)) {
            p.nextToken();
            return toolCalls(p);
        } catch (IOException e) {
            throw new StoreException("corrupt tool calls column", e);
        }
    }

    /** Decodes a prompt column's messages, resolving references to shared texts on the given connection. */
    static List<Message> read(String json, Connection c) throws SQLException {
        return readWithTools(json, c).messages();
    }

    /** Decodes a prompt column with its tools. */
    static Stored readWithTools(String json, Connection c) throws SQLException {
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new StoreException("corrupt prompt column: not an array");
            }
            List<Message> out = new ArrayList<>(4);
            String tools = null;
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String role = null;
                String content = null;
                String ref = null;
                String toolsRef = null;
                List<ToolCall> calls = List.of();
                String callId = null;
                String name = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken value = p.nextToken();
                    switch (field) {
                        case "role" -> role = p.getValueAsString();
                        case "content" -> content = value == JsonToken.VALUE_NULL ? null : p.getValueAsString();
                        case "ref" -> ref = p.getValueAsString();
                        case "tools_ref" -> toolsRef = p.getValueAsString();
                        case "tool_calls" -> calls = toolCalls(p);
                        case "tool_call_id" -> callId = p.getValueAsString();
                        case "name" -> name = p.getValueAsString();
                        default -> p.skipChildren();
                    }
                }
                if (toolsRef != null && role == null) {
                    tools = PromptTexts.content(c, toolsRef);
                    continue;
                }
                if (role == null) {
                    throw new StoreException("corrupt prompt column: a message has no role");
                }
                out.add(new Message(role, ref != null ? PromptTexts.content(c, ref) : content, calls, callId, name));
            }
            return new Stored(out, tools);
        } catch (IOException e) {
            throw new StoreException("corrupt prompt column", e);
        }
    }

    private static List<ToolCall> toolCalls(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new StoreException("corrupt prompt column: tool_calls is not an array");
        }
        List<ToolCall> calls = new ArrayList<>(2);
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String id = null;
            String name = null;
            String arguments = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "id" -> id = p.getValueAsString();
                    case "name" -> name = p.getValueAsString();
                    case "arguments" -> arguments = p.getValueAsString();
                    default -> p.skipChildren();
                }
            }
            if (name == null) {
                throw new StoreException("corrupt prompt column: a tool call has no name");
            }
            calls.add(new ToolCall(id, name, arguments));
        }
        return calls;
    }
}
