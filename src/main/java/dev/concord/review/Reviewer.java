package dev.concord.review;

import java.time.Instant;

/**
 * A person who reviews. A lead may also adjudicate disagreements.
 *
 * @param id   stable id stored with every review
 * @param name unique display name, also used in CSV files
 */
public record Reviewer(String id, String name, boolean lead, Instant createdAt) {
}
