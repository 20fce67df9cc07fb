package dev.concord.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.concord.model.Message;

import java.io.IOException;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A prompt column: {@code [{"role":..,"content":..},...]}, where a long system message may be stored once in
 * {@code prompt_texts} and appear as {@code {"role":"system","ref":HASH}} instead (see {@link PromptTexts}).
 * Streaming in both directions, no data binding. Columns written before references existed read as before.
 */
final class PromptColumn {
    private static final JsonFactory FACTORY = new JsonFactory();

    private PromptColumn() {
    }

    /** Encodes a prompt, storing its long system texts through {@code texts} and referring to them. */
    static String write(List<Message> prompt, PromptTexts.Writer texts) throws SQLException {
        StringWriter out = new StringWriter(64 + 64 * prompt.size());
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartArray();
            for (Message m : prompt) {
                g.writeStartObject();
                g.writeStringField("role", m.role());
                if (PromptTexts.isShared(m)) {
                    g.writeStringField("ref", texts.ref(m.content()));
                } else {
                    g.writeStringField("content", m.content());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new StoreException("cannot encode a prompt column", e);
        }
        return out.toString();
    }

    /** Decodes a prompt column, resolving references to shared texts on the given connection. */
    static List<Message> read(String json, Connection c) throws SQLException {
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new StoreException("corrupt prompt column: not an array");
            }
            List<Message> out = new ArrayList<>(4);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String role = null;
                String content = null;
                String ref = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if ("role".equals(name)) {
                        role = p.getValueAsString();
                    } else if ("content".equals(name)) {
                        content = value == JsonToken.VALUE_NULL ? null : p.getValueAsString();
                    } else if ("ref".equals(name)) {
                        ref = p.getValueAsString();
                    } else {
                        p.skipChildren();
                    }
                }
                if (role == null) {
                    throw new StoreException("corrupt prompt column: a message has no role");
                }
                out.add(new Message(role, ref != null ? PromptTexts.content(c, ref) : content));
            }
            return out;
        } catch (IOException e) {
            throw new StoreException("corrupt prompt column", e);
        }
    }
}
