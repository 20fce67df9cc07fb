package dev.concord.model;

import java.time.Instant;
import java.util.List;

/**
 * One answer produced by the agent.
 *
 * @param regenerates id of the generation this one retries, or null for a first attempt
 * @param tools       the functions the model was offered, as the source recorded them: a JSON array of OpenAI
 *                    {@code {"type":"function","function":{...}}} objects, or null when none were recorded
 * @param outputToolCalls the tool calls of the answer (an assistant turn that calls tools, with or without text),
 *                    in order; empty for a plain text answer
 */
public record Generation(String id, String session, Instant ts, String model, List<Message> prompt,
                         String output, List<String> sources, String regenerates, String tools,
                         List<ToolCall> outputToolCalls) {
    public Generation {
        prompt = List.copyOf(prompt);
        outputToolCalls = outputToolCalls == null ? List.of() : List.copyOf(outputToolCalls);
        sources = sources == null ? List.of() : List.copyOf(sources);
        output = output == null ? "" : output;
        tools = tools == null || tools.isBlank() ? null : tools;
    }

    /** A generation whose answer calls no tool. */
    public Generation(String id, String session, Instant ts, String model, List<Message> prompt,
                      String output, List<String> sources, String regenerates, String tools) {
        this(id, session, ts, model, prompt, output, sources, regenerates, tools, List.of());
    }

    /** A generation with no tools recorded. */
    public Generation(String id, String session, Instant ts, String model, List<Message> prompt,
                      String output, List<String> sources, String regenerates) {
        this(id, session, ts, model, prompt, output, sources, regenerates, null);
    }

    /** The answer as an assistant turn: its text and its tool calls. */
    public Message answer() {
        return Message.toolCalls(output, outputToolCalls);
    }

    /** The last user message of the prompt, or the empty string. */
    public String lastUserMessage() {
        for (int i = prompt.size() - 1; i >= 0; i--) {
            if ("user".equals(prompt.get(i).role())) {
                return prompt.get(i).content();
            }
        }
        return "";
    }
}
