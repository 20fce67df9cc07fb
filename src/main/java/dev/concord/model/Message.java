package dev.concord.model;

import java.util.Objects;

/** One chat turn: a role ({@code system}, {@code user}, {@code assistant}, {@code tool}) and its text. */
public record Message(String role, String content) {
    public Message {
        Objects.requireNonNull(role, "role");
        content = content == null ? "" : content;
    }

    public static Message user(String content) {
        return new Message("user", content);
    }

    public static Message assistant(String content) {
        return new Message("assistant", content);
    }
}
