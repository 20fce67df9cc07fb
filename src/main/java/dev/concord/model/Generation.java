package dev.concord.model;

import java.time.Instant;
import java.util.List;

/**
 * One answer produced by the agent.
 *
 * @param regenerates id of the generation this one retries, or null for a first attempt
 */
public record Generation(String id, String session, Instant ts, String model, List<Message> prompt,
                         String output, List<String> sources, String regenerates) {
    public Generation {
        prompt = List.copyOf(prompt);
        sources = sources == null ? List.of() : List.copyOf(sources);
        output = output == null ? "" : output;
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
