package dev.concord.store;

import java.time.Instant;

/**
 * What a list of reviewed items shows without loading the attempts.
 *
 * @param id the flagged item
 * @param headline first line of the last user message
 * @param attemptCount number of attempts (more than one for a retry chain)
 * @param createdAt when the item was flagged
 */
public record RatedItem(String id, String headline, int attemptCount, Instant createdAt) {
}
