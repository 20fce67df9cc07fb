package dev.concord.ingest.formats;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concord.ingest.EventParser;
import dev.concord.ingest.MessageParser;
import dev.concord.ingest.LineRejectedException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The chat message shapes the trace formats share: OpenAI messages ({@code role}, {@code content} as text or parts,
 * {@code tool_calls}, {@code tool_call_id}), OpenTelemetry GenAI messages ({@code role} with {@code parts}),
 * LangChain messages ({@code type} human/ai/system/tool, or serialized with {@code id} and {@code kwargs}), a batch
 * of one list of messages, and a plain prompt string.
 */
final class ChatShapes {
    private ChatShapes() {
    }

    /** The messages of a prompt; a string is one user message. */
    static List<SourceMessage> messages(JsonNode node, String field) throws LineRejectedException {
        if (!Nodes.present(node)) {
            return List.of();
        }
        if (node.isTextual()) {
            return List.of(SourceMessage.of("user", Nodes.text(node, field)));
        }
        if (node.isObject()) {
            for (String key : new String[] {"messages", "input", "prompt", "prompts"}) {
                if (Nodes.present(node.get(key))) {
                    return messages(node.get(key), field + "/" + key);
                }
            }
            return List.of(message(node, field));
        }
        if (!node.isArray()) {
            throw new LineRejectedException(field, "must be a list of messages or a prompt string");
        }
        if (node.size() == 1 && node.get(0).isArray()) {
            return messages(node.get(0), field + "/0");
        }
        List<SourceMessage> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode m = node.get(i);
            out.add(m.isTextual() ? SourceMessage.of("user", Nodes.text(m, field + "/" + i)) : message(m, field + "/" + i));
        }
        return out;
    }

    /** One message object in any of the shapes. */
    static SourceMessage message(JsonNode m, String field) throws LineRejectedException {
        if (!m.isObject()) {
            throw new LineRejectedException(field, "must be a message object");
        }
        JsonNode body = Nodes.present(m.get("kwargs")) ? m.get("kwargs") : m;
        String bodyField = body == m ? field : field + "/kwargs";
        String rawRole = Nodes.firstText(body, bodyField, "role", "type");
        if (rawRole == null && m.get("id") != null && m.get("id").isArray() && !m.get("id").isEmpty()) {
            rawRole = m.get("id").get(m.get("id").size() - 1).asText();
        }
        String role = role(rawRole, bodyField + "/role");
        List<SourceMessage.ToolCall> calls = new ArrayList<>(toolCalls(body.get("tool_calls"), bodyField + "/tool_calls"));
        List<String> other = new ArrayList<>();
        String text;
        if (Nodes.present(body.get("parts"))) {
            text = parts(body.get("parts"), bodyField + "/parts", calls, other);
        } else {
            text = content(body.get("content"), bodyField + "/content", other);
        }
        String toolCallId = Nodes.firstText(body, bodyField, "tool_call_id");
        if (toolCallId == null && "tool".equals(role) && Nodes.present(body.get("parts"))) {
            toolCallId = Nodes.firstText(body.get("parts").path(0), bodyField + "/parts/0", "id");
        }
        return new SourceMessage(role, text, calls, toolCallId, Nodes.firstText(body, bodyField, "name"), other);
    }

    /** A message's content: text, or a list of parts whose text parts are joined by blank lines. */
    static String content(JsonNode content, String field, List<String> otherParts) throws LineRejectedException {
        if (!Nodes.present(content)) {
            return "";
        }
        if (content.isTextual()) {
            return Nodes.text(content, field);
        }
        if (!content.isArray()) {
            throw new LineRejectedException(field, "must be text or a list of parts");
        }
        return parts(content, field, new ArrayList<>(), otherParts);
    }

    private static String parts(JsonNode parts, String field, List<SourceMessage.ToolCall> calls, List<String> other)
            throws LineRejectedException {
        if (!parts.isArray()) {
            throw new LineRejectedException(field, "must be a list of parts");
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            JsonNode p = parts.get(i);
            String pf = field + "/" + i;
            if (p.isTextual()) {
                append(text, Nodes.text(p, pf));
                continue;
            }
            String type = p.path("type").asText("text");
            switch (type) {
                case "text", "input_text", "output_text" -> append(text, Nodes.firstText(p, pf, "content", "text"));
                case "tool_call", "function_call", "tool_use" -> calls.add(new SourceMessage.ToolCall(
                        Nodes.firstText(p, pf, "id"), Nodes.required(p.get("name"), pf + "/name"),
                        arguments(p.has("arguments") ? p.get("arguments") : p.get("input"), pf + "/arguments")));
                case "tool_call_response", "tool_result" -> append(text, responseText(p, pf));
                case "reasoning", "thinking" -> other.add(type);
                default -> other.add(EventParser.shorten(type));
            }
        }
        return text.toString();
    }

    private static String responseText(JsonNode p, String field) throws LineRejectedException {
        JsonNode r = p.has("response") ? p.get("response") : p.get("content");
        return r != null && !r.isTextual() && Nodes.present(r) ? r.toString() : Nodes.text(r, field + "/response");
    }

    private static void append(StringBuilder b, String s) {
        if (s == null || s.isEmpty()) {
            return;
        }
        if (!b.isEmpty()) {
            b.append("\n\n");
        }
        b.append(s);
    }

    /** OpenAI or LangChain tool calls: {@code {id, function: {name, arguments}}} or {@code {id, name, args}}. */
    static List<SourceMessage.ToolCall> toolCalls(JsonNode calls, String field) throws LineRejectedException {
        if (!Nodes.present(calls) || !calls.isArray()) {
            return List.of();
        }
        List<SourceMessage.ToolCall> out = new ArrayList<>(calls.size());
        for (int i = 0; i < calls.size(); i++) {
            JsonNode c = calls.get(i);
            String cf = field + "/" + i;
            JsonNode fn = Nodes.present(c.get("function")) ? c.get("function") : c;
            JsonNode args = fn.has("arguments") ? fn.get("arguments") : fn.get("args");
            out.add(new SourceMessage.ToolCall(Nodes.firstText(c, cf, "id"),
                    Nodes.required(fn.get("name"), fn == c ? cf + "/name" : cf + "/function/name"),
                    arguments(args, cf + "/arguments")));
        }
        return out;
    }

    private static String arguments(JsonNode args, String field) throws LineRejectedException {
        if (!Nodes.present(args)) {
            return null;
        }
        return args.isTextual() ? Nodes.text(args, field) : args.toString();
    }

    /** A role in any source's spelling as one of Concord's roles; an unknown role is an error naming the field. */
    static String role(String raw, String field) throws LineRejectedException {
        if (raw == null) {
            throw new LineRejectedException(field, "missing");
        }
        String r = raw.strip().toLowerCase(Locale.ROOT);
        return switch (r) {
            case "user", "human", "humanmessage", "humanmessagechunk" -> "user";
            case "assistant", "ai", "model", "bot", "aimessage", "aimessagechunk" -> "assistant";
            case "system", "developer", "systemmessage" -> "system";
            case "tool", "function", "ipython", "toolmessage", "functionmessage" -> "tool";
            default -> throw new LineRejectedException(field, "unknown role '" + EventParser.shorten(raw)
                    + "' (expected " + String.join(", ", MessageParser.ROLES) + " or a known alias)");
        };
    }

    /**
     * The answer in a model's output: a string; an OpenAI completion ({@code choices[0].message}); a LangChain
     * result ({@code generations[0][0]}); a message object; a list of messages (the last assistant one); or an
     * object holding one of these under {@code output}, {@code outputs} or {@code completion}.
     */
    static SourceMessage answer(JsonNode out, String field) throws LineRejectedException {
        if (!Nodes.present(out)) {
            return SourceMessage.of("assistant", "");
        }
        if (out.isTextual()) {
            return SourceMessage.of("assistant", Nodes.text(out, field));
        }
        if (out.isArray()) {
            return lastAssistant(out, field);
        }
        if (!out.isObject()) {
            throw new LineRejectedException(field, "must be the model's answer (text, a message or a completion)");
        }
        if (Nodes.present(out.get("choices")) && out.get("choices").isArray() && !out.get("choices").isEmpty()) {
            JsonNode choice = out.get("choices").get(0);
            String cf = field + "/choices/0";
            return Nodes.present(choice.get("message")) ? message(choice.get("message"), cf + "/message")
                    : SourceMessage.of("assistant", Nodes.text(choice.get("text"), cf + "/text"));
        }
        if (Nodes.present(out.get("generations"))) {
            JsonNode g = out.get("generations");
            String gf = field + "/generations/0";
            if (g.isArray() && !g.isEmpty() && g.get(0).isArray()) {
                g = g.get(0);
                gf += "/0";
            }
            JsonNode first = g.isArray() && !g.isEmpty() ? g.get(0) : g;
            return Nodes.present(first.get("message")) ? message(first.get("message"), gf + "/message")
                    : SourceMessage.of("assistant", Nodes.text(first.get("text"), gf + "/text"));
        }
        if (out.has("role") || out.has("parts") || out.has("kwargs") || out.has("type") && out.has("content")) {
            return message(out, field);
        }
        for (String key : new String[] {"output", "outputs", "completion", "answer", "content", "text", "messages"}) {
            if (Nodes.present(out.get(key))) {
                return answer(out.get(key), field + "/" + key);
            }
        }
        throw new LineRejectedException(field, "holds no answer the adapter knows (text, message, choices, generations)");
    }

    private static SourceMessage lastAssistant(JsonNode list, String field) throws LineRejectedException {
        if (list.isEmpty()) {
            return SourceMessage.of("assistant", "");
        }
        if (list.size() == 1 && list.get(0).isArray()) {
            return lastAssistant(list.get(0), field + "/0");
        }
        List<SourceMessage> all = messages(list, field);
        for (int i = all.size() - 1; i >= 0; i--) {
            if ("assistant".equals(all.get(i).role())) {
                return all.get(i);
            }
        }
        return all.get(all.size() - 1);
    }

    /** The text of a correction: a string, or the answer inside an object ({@code output}, {@code content}...). */
    static String correction(JsonNode c, String field) throws LineRejectedException {
        if (!Nodes.present(c)) {
            return null;
        }
        if (c.isTextual()) {
            return Nodes.text(c, field);
        }
        if (c.isObject() && c.isEmpty()) {
            return null;
        }
        try {
            return answer(c, field).text();
        } catch (LineRejectedException e) {
            return c.toString();
        }
    }
}
