package dev.concord.model;

import java.util.Objects;

/**
 * A function call an assistant turn asked for (OpenAI chat shape {@code {"id", "type":"function",
 * "function":{"name", "arguments"}}}).
 *
 * @param id        the call's id, which the tool result names as its {@code tool_call_id}; may be empty
 * @param name      the function's name
 * @param arguments the arguments as the model wrote them: a JSON text, kept verbatim (not re-parsed)
 */
public record ToolCall(String id, String name, String arguments) {
    public ToolCall {
        id = id == null ? "" : id;
        Objects.requireNonNull(name, "name");
        arguments = arguments == null ? "" : arguments;
    }
}
