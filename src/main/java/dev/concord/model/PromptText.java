package dev.concord.model;

import java.util.List;

/** Small text helpers over a chat prompt. */
public final class PromptText {
    private PromptText() {
    }

    /** The last user message of a prompt, or the last message if no user message exists. */
    public static String lastUserMessage(List<Message> prompt) {
        for (int i = prompt.size() - 1; i >= 0; i--) {
            if ("user".equals(prompt.get(i).role())) {
                return prompt.get(i).content();
            }
        }
        return prompt.isEmpty() ? "" : prompt.get(prompt.size() - 1).content();
    }

    /** The first non-blank line of the last user message, trimmed. */
    public static String headline(List<Message> prompt) {
        for (String line : lastUserMessage(prompt).split("\n")) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return "";
    }
}
