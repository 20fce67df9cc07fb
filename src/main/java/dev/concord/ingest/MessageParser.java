package dev.concord.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.concord.model.Message;
import dev.concord.model.ToolCall;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads chat messages in the OpenAI chat shape: {@code role}, {@code content} (a string, or a list of parts),
 * {@code tool_calls}, {@code tool_call_id}, {@code name}; and a generation's {@code tools}. The rules:
 * <ul>
 *   <li>content may be null or absent only on an assistant turn that has tool calls;</li>
 *   <li>a list of parts becomes one text: text parts ({@code text}, {@code input_text}, {@code output_text}, or a bare
 *       string) joined by a newline, every other part as a placeholder naming its type ({@code [image]} for
 *       {@code image_url}, {@code input_image} and {@code image}; {@code [audio]}, {@code [file]}, otherwise
 *       {@code [part]} or {@code [TYPE]}), so nothing is dropped silently;</li>
 *   <li>a tool call needs a function name; its {@code arguments} are kept verbatim when a string, written as compact
 *       JSON when an object; only assistant turns may call tools;</li>
 *   <li>{@code tools} is a list of functions, either {@code {"type":"function","function":{"name":..}}} or the bare
 *       {@code {"name":..,"parameters":..}} of the older {@code functions} field (wrapped on the way in).</li>
 * </ul>
 * Error messages name the field ({@code prompt[2].tool_calls[0].function.name}) and never echo content.
 */
public final class MessageParser {
    /** The chat roles a prompt message may have. */
    public static final List<String> ROLES = List.of("system", "user", "assistant", "tool");
    private static final int MAX_TYPE_ECHO = 24;

    private MessageParser() {
    }

    /** A list of messages under {@code field} (for errors: {@code field[i].key}). */
    public static List<Message> messages(String field, JsonNode node) throws LineRejectedException {
        List<Message> messages = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            messages.add(message(field, i, node.get(i)));
        }
        return messages;
    }

    /** One message object. */
    public static Message message(String field, JsonNode m) throws LineRejectedException {
        return message(field, -1, m);
    }

    /**
     * One message object, item {@code index} of the list {@code list} (or the field {@code list} itself when the
     * index is negative). Field names for errors are only put together when there is an error: a prompt has many
     * messages and each has several fields.
     */
    private static Message message(String list, int index, JsonNode m) throws LineRejectedException {
        if (m == null || !m.isObject()) {
            throw new LineRejectedException(at(list, index, ""), "must be an object with 'role' and 'content'");
        }
        String role = text(list, index, ".role", m.get("role"), true);
        if (!ROLES.contains(role)) {
            throw new LineRejectedException(at(list, index, ".role"), "unknown role '" + EventParser.shorten(role) + "'"
                    + " (expected " + String.join(", ", ROLES) + ")");
        }
        JsonNode toolCalls = m.get("tool_calls");
        List<ToolCall> calls = toolCalls == null || toolCalls.isNull() ? List.of()
                : toolCalls(at(list, index, ".tool_calls"), toolCalls);
        if (!calls.isEmpty() && !"assistant".equals(role)) {
            throw new LineRejectedException(at(list, index, ".tool_calls"), "only an assistant turn may call tools");
        }
        JsonNode content = m.get("content");
        String text;
        if (content == null || content.isNull()) {
            if (calls.isEmpty()) {
                throw new LineRejectedException(at(list, index, ".content"),
                        "missing (allowed only on an assistant turn with tool_calls)");
            }
            text = "";
        } else {
            text = content.isArray() ? parts(at(list, index, ".content"), content)
                    : text(list, index, ".content", content, true);
        }
        return new Message(role, text, calls, text(list, index, ".tool_call_id", m.get("tool_call_id"), false),
                text(list, index, ".name", m.get("name"), false));
    }

    /** The name of field {@code key} of item {@code index} of {@code list} ({@code list} itself when index < 0). */
    private static String at(String list, int index, String key) {
        return index < 0 ? list + key : list + "[" + index + "]" + key;
    }

    /** As {@link EventParser#text(String, JsonNode, boolean)}, naming the field only when it is wrong. */
    private static String text(String list, int index, String key, JsonNode v, boolean required)
            throws LineRejectedException {
        if (v != null && v.isTextual() && StrictJson.isWellFormed(v.asText())) {
            return v.asText();
        }
        if (!required && (v == null || v.isNull())) {
            return null;
        }
        return EventParser.text(at(list, index, key), v, required);
    }

    /** Content given as a list of parts, as one text (see the class comment). */
    public static String parts(String field, JsonNode parts) throws LineRejectedException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            String f = field + "[" + i + "]";
            JsonNode p = parts.get(i);
            String piece;
            if (p.isTextual()) {
                piece = StrictJson.wellFormed(f, p.asText());
            } else if (p.isObject()) {
                String type = EventParser.text(f + ".type", p.get("type"), false);
                JsonNode t = p.get("text");
                if (t != null && t.isTextual() && (type == null || type.endsWith("text"))) {
                    piece = StrictJson.wellFormed(f + ".text", t.asText());
                } else {
                    piece = placeholder(type);
                }
            } else {
                throw new LineRejectedException(f, "a content part must be an object or a string, not " + StrictJson.kind(p));
            }
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(piece);
        }
        return sb.toString();
    }

    /** The placeholder that stands for a non-text part of this type. */
    public static String placeholder(String type) {
        if (type == null) {
            return "[part]";
        }
        if (type.contains("image")) {
            return "[image]";
        }
        if (type.contains("audio")) {
            return "[audio]";
        }
        if (type.contains("file")) {
            return "[file]";
        }
        return type.length() <= MAX_TYPE_ECHO && type.matches("[a-z_]+") ? "[" + type + "]" : "[part]";
    }

    /** OpenAI-shaped tool calls ({@code [{id, type, function: {name, arguments}}]}); empty when absent. */
    static List<ToolCall> toolCalls(String field, JsonNode node) throws LineRejectedException {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new LineRejectedException(field, "must be a list of {id, type, function} objects");
        }
        List<ToolCall> calls = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            String f = field + "[" + i + "]";
            JsonNode c = node.get(i);
            if (!c.isObject()) {
                throw new LineRejectedException(f, "must be an object with 'function'");
            }
            String type = EventParser.text(f + ".type", c.get("type"), false);
            if (type != null && !"function".equals(type)) {
                throw new LineRejectedException(f + ".type", "must be \"function\"");
            }
            JsonNode fn = c.has("function") ? c.get("function") : c;
            if (!fn.isObject()) {
                throw new LineRejectedException(f + ".function", "must be an object with 'name' and 'arguments'");
            }
            calls.add(new ToolCall(EventParser.text(f + ".id", c.get("id"), false),
                    EventParser.text(f + ".function.name", fn.get("name"), true),
                    arguments(f + ".function.arguments", fn.get("arguments"))));
        }
        return calls;
    }

    private static String arguments(String field, JsonNode v) throws LineRejectedException {
        if (v == null || v.isNull()) {
            return "{}";
        }
        if (v.isObject() || v.isArray()) {
            return v.toString();
        }
        return EventParser.text(field, v, true);
    }

    /**
     * A generation's tools as a compact JSON array of {@code {"type":"function","function":{...}}} objects, or null
     * when the field is absent, null or an empty list.
     */
    public static String tools(String field, JsonNode node) throws LineRejectedException {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw new LineRejectedException(field, "must be a list of function definitions");
        }
        ArrayNode out = JsonNodeFactory.instance.arrayNode(node.size());
        for (int i = 0; i < node.size(); i++) {
            String f = field + "[" + i + "]";
            JsonNode t = node.get(i);
            if (!t.isObject()) {
                throw new LineRejectedException(f, "must be an object {type, function}");
            }
            ObjectNode tool = (ObjectNode) t;
            if (!tool.has("function")) {
                EventParser.text(f + ".name", tool.get("name"), true);
                ObjectNode wrapped = JsonNodeFactory.instance.objectNode();
                wrapped.put("type", "function");
                wrapped.set("function", tool);
                tool = wrapped;
            } else if (!tool.get("function").isObject()) {
                throw new LineRejectedException(f + ".function", "must be an object with 'name'");
            } else {
                EventParser.text(f + ".function.name", tool.get("function").get("name"), true);
            }
            wellFormedStrings(f, tool);
            out.add(tool);
        }
        return out.isEmpty() ? null : out.toString();
    }

    private static void wellFormedStrings(String field, JsonNode node) throws LineRejectedException {
        if (node.isTextual()) {
            StrictJson.wellFormed(field, node.asText());
        }
        for (JsonNode child : node) {
            wellFormedStrings(field, child);
        }
    }
}
