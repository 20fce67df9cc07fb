package dev.concord.model;

import java.time.Instant;

/** The end of an agent session and how it ended. */
public record SessionEnd(String session, Instant ts, SessionOutcome outcome) {
}
