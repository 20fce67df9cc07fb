package dev.concord.model;

/**
 * One event read from an agent log: a generation, a user signal on a generation, or a session end.
 * The source names the file and line it came from.
 */
public sealed interface LogEvent {
    SourceRef source();

    record GenerationEvent(Generation generation, SourceRef source) implements LogEvent {
    }

    record SignalEvent(Signal signal, SourceRef source) implements LogEvent {
    }

    record SessionEndEvent(SessionEnd end, SourceRef source) implements LogEvent {
    }
}
