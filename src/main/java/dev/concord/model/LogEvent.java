package dev.concord.model;

/**
 * One event read from an agent log: a generation, a user signal on a generation, a session end, or an automated
 * evaluator's score of a generation (metadata, never a signal).
 * The source names the file and line it came from; the subject, whose event it is and whether it may be kept.
 */
public sealed interface LogEvent {
    SourceRef source();

    Subject subject();

    /** The session this event names itself, or null (a signal names only its generation). */
    default String session() {
        return null;
    }

    record GenerationEvent(Generation generation, SourceRef source, Subject subject) implements LogEvent {
        public GenerationEvent(Generation generation, SourceRef source) {
            this(generation, source, Subject.NONE);
        }

        @Override
        public String session() {
            return generation.session();
        }
    }

    record SignalEvent(Signal signal, SourceRef source, Subject subject) implements LogEvent {
        public SignalEvent(Signal signal, SourceRef source) {
            this(signal, source, Subject.NONE);
        }
    }

    record SessionEndEvent(SessionEnd end, SourceRef source, Subject subject) implements LogEvent {
        public SessionEndEvent(SessionEnd end, SourceRef source) {
            this(end, source, Subject.NONE);
        }

        @Override
        public String session() {
            return end.session();
        }
    }

    record ScoreEvent(EvaluatorScore score, SourceRef source, Subject subject) implements LogEvent {
        public ScoreEvent(EvaluatorScore score, SourceRef source) {
            this(score, source, Subject.NONE);
        }
    }
}
