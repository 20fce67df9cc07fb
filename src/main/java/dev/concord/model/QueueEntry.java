package dev.concord.model;

import java.time.Instant;
import java.util.Set;

/** One row of the flagged queue: what a list shows without loading the attempts. */
public record QueueEntry(String id, Set<FlagReason> reasons, int attemptCount, String session, String headline,
                         Instant createdAt) {
}
