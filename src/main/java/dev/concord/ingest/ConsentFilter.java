package dev.concord.ingest;

import dev.concord.model.LogEvent;
import dev.concord.redact.Pseudonyms;

import static dev.concord.model.TombstoneKind.GENERATION;
import static dev.concord.model.TombstoneKind.SESSION;
import static dev.concord.model.TombstoneKind.USER;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Decides, line by line during an ingest, which events may be stored. An event that says {@code "consent": false}
 * is withheld, and so is every event of its session (a generation, a simple record or a session end that says so
 * withdraws the whole session; a signal that says so withholds only itself). Events that a tombstone names
 * (a forgotten session, generation or user) are skipped. Not thread-safe: one per ingest run, on its reader thread.
 */
public final class ConsentFilter {
    private final Set<String> tombstones;
    private final Pseudonyms keys;
    private final Set<String> withdrawn = new LinkedHashSet<>();
    private final Set<String> withheldGenerations = new HashSet<>();
    private final Set<String> forgottenGenerations = new LinkedHashSet<>();
    private long withheld;
    private long forgotten;

    /** @param tombstones the keyed hashes of what was forgotten ({@link Pseudonyms#tombstone}) */
    public ConsentFilter(Set<String> tombstones, Pseudonyms keys) {
        this.tombstones = Set.copyOf(tombstones);
        this.keys = keys;
    }

    /** Whether the event, already redacted ({@link EventRedactor}: ids and user as stored), may be stored. */
    public boolean admits(LogEvent event) {
        String session = event.session();
        String generation = generationOf(event);
        if (!event.subject().consent() || (session != null && withdrawn.contains(session))
                || (event instanceof LogEvent.SignalEvent || event instanceof LogEvent.ScoreEvent)
                        && withheldGenerations.contains(generation)) {
            withheld++;
            if (session != null) {
                withdrawn.add(session);
            }
            if (event instanceof LogEvent.GenerationEvent) {
                withheldGenerations.add(generation);
            }
            return false;
        }
        if (!tombstones.isEmpty() && (named(SESSION, session) || named(GENERATION, generation)
                || named(USER, event.subject().user()) || forgottenGenerations.contains(generation))) {
            forgotten++;
            if (event instanceof LogEvent.GenerationEvent) {
                forgottenGenerations.add(generation);
            }
            return false;
        }
        return true;
    }

    private boolean named(String kind, String value) {
        return value != null && tombstones.contains(keys.tombstone(kind, value));
    }

    private static String generationOf(LogEvent event) {
        if (event instanceof LogEvent.GenerationEvent g) {
            return g.generation().id();
        }
        if (event instanceof LogEvent.SignalEvent s) {
            return s.signal().generation();
        }
        if (event instanceof LogEvent.ScoreEvent s) {
            return s.score().generation();
        }
        return null;
    }

    /** The sessions (as stored) whose consent was withdrawn in this run; events of theirs stored before must go. */
    public Set<String> withdrawnSessions() {
        return withdrawn;
    }

    /**
     * Generations (ids as stored) skipped because their session or user was forgotten: they get tombstones of their
     * own, so a signal on one arriving in a later log stays out too.
     */
    public Set<String> forgottenGenerations() {
        return forgottenGenerations;
    }

    /** Events not stored because they or their session withheld consent. */
    public long withheld() {
        return withheld;
    }

    /** Events not stored because they belong to something forgotten earlier. */
    public long forgotten() {
        return forgotten;
    }
}
