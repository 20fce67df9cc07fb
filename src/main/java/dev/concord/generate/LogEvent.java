package dev.concord.generate;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.util.List;

/** One line of the event stream. Each kind writes its own fields after {@code type}. */
sealed interface LogEvent {

    /** The wire name written as {@code "type"}. */
    String type();

    /** Epoch second of the event. */
    long ts();

    /** Writes every field except {@code type}. */
    void writeFields(JsonGenerator g, IsoTimestamps t) throws IOException;

    /** One chat message of a prompt; with {@code use} set, the assistant's tool call and the tool's result (two lines). */
    record Message(String role, String content, ToolUse use) {
        Message(String role, String content) {
            this(role, content, null);
        }

        static Message of(ToolUse use) {
            return new Message("assistant", null, use);
        }
    }

    /** How a feedback line spells a missing correction: {@code "correction":null}, or no field at all. */
    enum MissingCorrection { NULL, ABSENT }

    /** A tool the agent called before answering: an assistant turn with the call, then a tool turn with the result. */
    record ToolUse(String callId, String name, String arguments, String result) {
    }

    /**
     * A model answer. Exactly one of {@code promptText} and {@code promptMessages} is set; {@code tools} (a JSON
     * array, or null) is written when the prompt holds a tool call.
     */
    record Generation(String id, String session, long ts, String model, String regenerates, String promptText,
                      List<Message> promptMessages, String output, List<String> sources, String tools) implements LogEvent {
        @Override
        public String type() {
            return "generation";
        }

        @Override
        public void writeFields(JsonGenerator g, IsoTimestamps t) throws IOException {
            g.writeStringField("id", id);
            g.writeStringField("session", session);
            t.writeField(g, ts);
            g.writeStringField("model", model);
            if (regenerates != null) {
                g.writeStringField("regenerates", regenerates);
            }
            if (promptText != null) {
                g.writeStringField("prompt", promptText);
            } else {
                g.writeArrayFieldStart("prompt");
                boolean calls = false;
                for (Message m : promptMessages) {
                    if (m.use() != null) {
                        writeToolUse(g, m.use());
                        calls = true;
                        continue;
                    }
                    g.writeStartObject();
                    g.writeStringField("role", m.role());
                    g.writeStringField("content", m.content());
                    g.writeEndObject();
                }
                g.writeEndArray();
                if (calls && tools != null) {
                    g.writeFieldName("tools");
                    g.writeRawValue(tools);
                }
            }
            g.writeStringField("output", output);
            if (!sources.isEmpty()) {
                writeSources(g, sources);
            }
        }
    }

    private static void writeToolUse(JsonGenerator g, ToolUse u) throws IOException {
        g.writeStartObject();
        g.writeStringField("role", "assistant");
        g.writeNullField("content");
        g.writeArrayFieldStart("tool_calls");
        g.writeStartObject();
        g.writeStringField("id", u.callId());
        g.writeStringField("type", "function");
        g.writeObjectFieldStart("function");
        g.writeStringField("name", u.name());
        g.writeStringField("arguments", u.arguments());
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeStartObject();
        g.writeStringField("role", "tool");
        g.writeStringField("tool_call_id", u.callId());
        g.writeStringField("content", u.result());
        g.writeEndObject();
    }

    /** The user asked for another attempt at a generation. */
    record Regenerate(String generation, long ts) implements LogEvent {
        @Override
        public String type() {
            return "regenerate";
        }

        @Override
        public void writeFields(JsonGenerator g, IsoTimestamps t) throws IOException {
            g.writeStringField("generation", generation);
            t.writeField(g, ts);
        }
    }

    /** A thumbs-up or thumbs-down, optionally with a corrected answer and a comment. */
    record Feedback(String generation, long ts, boolean up, String correction, MissingCorrection missing,
                    String comment) implements LogEvent {
        @Override
        public String type() {
            return "feedback";
        }

        @Override
        public void writeFields(JsonGenerator g, IsoTimestamps t) throws IOException {
            g.writeStringField("generation", generation);
            t.writeField(g, ts);
            g.writeStringField("rating", up ? "up" : "down");
            if (correction != null) {
                g.writeStringField("correction", correction);
            } else if (missing == MissingCorrection.NULL) {
                g.writeNullField("correction");
            }
            if (comment != null) {
                g.writeStringField("comment", comment);
            }
        }
    }

    /** The user's own final version of an answer. */
    record Edit(String generation, long ts, String text) implements LogEvent {
        @Override
        public String type() {
            return "edit";
        }

        @Override
        public void writeFields(JsonGenerator g, IsoTimestamps t) throws IOException {
            g.writeStringField("generation", generation);
            t.writeField(g, ts);
            g.writeStringField("text", text);
        }
    }

    /** The user copied an answer. */
    record Copy(String generation, long ts) implements LogEvent {
        @Override
        public String type() {
            return "copy";
        }

        @Override
        public void writeFields(JsonGenerator g, IsoTimestamps t) throws IOException {
            g.writeStringField("generation", generation);
            t.writeField(g, ts);
        }
    }

    /** How a session ended. */
    record SessionEnd(String session, long ts, boolean abandoned) implements LogEvent {
        @Override
        public String type() {
            return "session_end";
        }

        @Override
        public void writeFields(JsonGenerator g, IsoTimestamps t) throws IOException {
            g.writeStringField("session", session);
            t.writeField(g, ts);
            g.writeStringField("outcome", abandoned ? "abandoned" : "completed");
        }
    }

    private static void writeSources(JsonGenerator g, List<String> sources) throws IOException {
        g.writeArrayFieldStart("sources");
        for (String s : sources) {
            g.writeString(s);
        }
        g.writeEndArray();
    }
}
