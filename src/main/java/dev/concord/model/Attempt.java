package dev.concord.model;

import java.time.Instant;
import java.util.List;

/**
 * One attempt of a flagged item: a generation with what the user did to it.
 *
 * @param position  0-based order within its retry chain
 * @param toolCalls the tool calls of the answer (see {@link Generation#outputToolCalls()}), empty for plain text
 */
public record Attempt(int position, String generationId, Instant ts, String model, String output,
                      Rating rating, String comment, boolean copied, boolean edited, List<ToolCall> toolCalls) {
    public Attempt {
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
    }

    /** An attempt whose answer calls no tool. */
    public Attempt(int position, String generationId, Instant ts, String model, String output,
                   Rating rating, String comment, boolean copied, boolean edited) {
        this(position, generationId, ts, model, output, rating, comment, copied, edited, List.of());
    }
}
