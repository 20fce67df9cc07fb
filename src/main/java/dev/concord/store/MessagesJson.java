package dev.concord.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.concord.model.Message;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Streaming reader of a prompt column ({@code [{"role":..,"content":..},...]}) for bulk reads: no data binding. */
final class MessagesJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private MessagesJson() {
    }

    static List<Message> read(String json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new StoreException("corrupt prompt column: not an array");
            }
            List<Message> out = new ArrayList<>(4);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String role = null;
                String content = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if ("role".equals(name)) {
                        role = p.getValueAsString();
                    } else if ("content".equals(name)) {
                        content = value == JsonToken.VALUE_NULL ? null : p.getValueAsString();
                    } else {
                        p.skipChildren();
                    }
                }
                if (role == null) {
                    throw new StoreException("corrupt prompt column: a message has no role");
                }
                out.add(new Message(role, content));
            }
            return out;
        } catch (IOException e) {
            throw new StoreException("corrupt prompt column", e);
        }
    }
}
