package dev.concord.model;

import java.time.Instant;

/**
 * One attempt of a flagged item: a generation with what the user did to it.
 *
 * @param position 0-based order within its retry chain
 */
public record Attempt(int position, String generationId, Instant ts, String model, String output,
                      Rating rating, String comment, boolean copied, boolean edited) {
}
