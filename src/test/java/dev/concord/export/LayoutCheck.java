package dev.concord.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Checks rows against the layouts of {@code src/test/resources/export/FORMATS.md}. Returns the problems found
 * (empty when the row fits). Trusted because it accepts every documented example ({@code layout-examples.jsonl}).
 */
public final class LayoutCheck {
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ROLES = Set.of("system", "user", "assistant", "tool");

    private LayoutCheck() {
    }

    /** Parses a JSONL file: one object per line, UTF-8, every line ending with a newline. */
    public static List<JsonNode> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<JsonNode> rows = new ArrayList<>();
        if (text.isEmpty()) {
            return rows;
        }
        if (!text.endsWith("\n")) {
            throw new AssertionError(file + ": last line has no newline");
        }
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                JsonNode n = JSON.readTree(line);
                if (!n.isObject()) {
                    throw new AssertionError(file + ": a line is not a JSON object: " + line);
                }
                rows.add(n);
            }
        }
        return rows;
    }

    public static List<String> problems(String layout, JsonNode row) {
        List<String> p = new ArrayList<>();
        switch (layout) {
            case "openai-sft" -> {
                onlyKeys(row, Set.of("messages", "tools", "parallel_tool_calls", "functions"), "", p);
                conversation(row.get("messages"), "messages", true, p);
                lastRole(row.get("messages"), "assistant", "messages", p);
            }
            case "trl-sft" -> {
                onlyKeys(row, Set.of("messages", "tools"), "", p);
                conversation(row.get("messages"), "messages", false, p);
                lastRole(row.get("messages"), "assistant", "messages", p);
            }
            case "openai-dpo" -> {
                onlyKeys(row, Set.of("input", "preferred_output", "non_preferred_output"), "", p);
                JsonNode input = row.get("input");
                if (input == null || !input.isObject()) {
                    p.add("input: missing or not an object");
                } else {
                    onlyKeys(input, Set.of("messages", "tools", "parallel_tool_calls"), "input.", p);
                    conversation(input.get("messages"), "input.messages", true, p);
                    lastRole(input.get("messages"), "user", "input.messages", p);
                }
                oneAssistant(row.get("preferred_output"), "preferred_output", true, p);
                oneAssistant(row.get("non_preferred_output"), "non_preferred_output", true, p);
            }
            case "trl-dpo" -> {
                conversation(row.get("prompt"), "prompt", false, p);
                promptEnd(row.get("prompt"), "prompt", p);
                oneAssistant(row.get("chosen"), "chosen", false, p);
                oneAssistant(row.get("rejected"), "rejected", false, p);
            }
            case "trl-kto" -> {
                conversation(row.get("prompt"), "prompt", false, p);
                promptEnd(row.get("prompt"), "prompt", p);
                oneAssistant(row.get("completion"), "completion", false, p);
                if (row.get("label") == null || !row.get("label").isBoolean()) {
                    p.add("label: must be true or false");
                }
            }
            default -> throw new IllegalArgumentException("unknown layout " + layout);
        }
        return p;
    }

    private static void onlyKeys(JsonNode obj, Set<String> allowed, String prefix, List<String> p) {
        for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                p.add(prefix + k + ": key not in the layout");
            }
        }
    }

    private static void conversation(JsonNode messages, String where, boolean strict, List<String> p) {
        if (messages == null || !messages.isArray() || messages.isEmpty()) {
            p.add(where + ": must be a non-empty array of messages");
            return;
        }
        for (int i = 0; i < messages.size(); i++) {
            JsonNode m = messages.get(i);
            String at = where + "[" + i + "]";
            if (!m.isObject() || !m.path("role").isTextual() || !ROLES.contains(m.get("role").asText())) {
                p.add(at + ".role: missing or unknown");
                continue;
            }
            boolean calls = m.has("tool_calls");
            if (!m.path("content").isTextual() && !(calls && m.path("content").isMissingNode() | m.path("content").isNull())) {
                p.add(at + ".content: must be a string (or null on an assistant turn with tool_calls)");
            }
            if (calls) {
                toolCalls(m.get("tool_calls"), at, p);
            }
            if (m.has("tool_call_id") && !(m.get("role").asText().equals("tool") && m.get("tool_call_id").isTextual())) {
                p.add(at + ".tool_call_id: only a string on a tool message");
            }
            if (strict) {
                onlyKeys(m, Set.of("role", "content", "name", "weight", "tool_calls", "tool_call_id"), at + ".", p);
                if (m.has("weight") && !(m.get("role").asText().equals("assistant")
                        && (m.get("weight").asInt(-1) == 0 || m.get("weight").asInt(-1) == 1))) {
                    p.add(at + ".weight: only on assistant messages, 0 or 1");
                }
            }
        }
    }

    private static void toolCalls(JsonNode calls, String at, List<String> p) {
        if (!calls.isArray() || calls.isEmpty()) {
            p.add(at + ".tool_calls: must be a non-empty array");
            return;
        }
        for (JsonNode c : calls) {
            if (!"function".equals(c.path("type").asText()) || !c.path("function").path("name").isTextual()
                    || !c.path("function").path("arguments").isTextual()) {
                p.add(at + ".tool_calls: each needs type function, function.name and function.arguments (a string)");
            }
        }
    }

    private static void promptEnd(JsonNode messages, String where, List<String> p) {
        if (messages != null && messages.isArray() && !messages.isEmpty()) {
            String last = messages.get(messages.size() - 1).path("role").asText();
            if (!last.equals("user") && !last.equals("tool")) {
                p.add(where + ": must end with a user turn or a tool result");
            }
        }
    }

    private static void lastRole(JsonNode messages, String role, String where, List<String> p) {
        if (messages != null && messages.isArray() && !messages.isEmpty()
                && !role.equals(messages.get(messages.size() - 1).path("role").asText())) {
            p.add(where + ": must end with a " + role + " turn");
        }
    }

    private static void oneAssistant(JsonNode output, String where, boolean strict, List<String> p) {
        if (output == null || !output.isArray() || output.size() != 1) {
            p.add(where + ": must hold exactly one message");
            return;
        }
        conversation(output, where, strict, p);
        lastRole(output, "assistant", where, p);
    }
}
