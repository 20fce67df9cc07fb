package dev.concord.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Writes realistic, deterministic JSONL logs of a coding assistant and a customer-support assistant in
 * use: multi-turn sessions, thumbs up and down with and without corrections, edits (meaningful and
 * trivial), copies, retry chains of up to six attempts, abandoned sessions, and personal data in a few
 * messages. Lines are streamed: memory does not grow with the number of sessions.
 *
 * <p>Like a real log, most sessions' lines are contiguous, sessions that ran at the same time interleave,
 * and a few reactions are written just before the generation they refer to.
 */
public final class LogGenerator {
    /** Share of {@link AgentProfile#MIXED} sessions that are coding sessions. */
    static final double CODING_SHARE = 0.55;
    /** Share of sessions that start while the previous one is still running. */
    static final double OVERLAPPING = 0.05;

    private final GeneratorOptions options;

    /** A generator for the given options; {@link #write} can be called any number of times. */
    public LogGenerator(GeneratorOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Streams a deterministic log to {@code out}: one JSON object per line, {@code '\n'} line ends.
     * Same options give byte-identical output. The writer is flushed, not closed; pass a buffered writer
     * encoding UTF-8 (messages contain non-ASCII text such as {@code €} and {@code Zoë}).
     *
     * @return how many sessions and lines were written, and lines per type
     */
    public GenerationSummary write(Writer out) throws IOException {
        return write(new JsonLines(out));
    }

    /**
     * Streams the same log as {@link #write(Writer)}, byte for byte, as UTF-8 to {@code out}. The JSON
     * generator encodes directly, which saves a Writer's encoding pass on large logs. The stream is
     * flushed, not closed.
     */
    public GenerationSummary write(OutputStream out) throws IOException {
        return write(new JsonLines(out));
    }

    private GenerationSummary write(JsonLines lines) throws IOException {
        Ids ids = new Ids(options.idPrefix().isEmpty() ? "" : options.idPrefix() + "-");
        Timeline timeline = new Timeline(options.sessions());
        SplittableRandom master = new SplittableRandom(options.seed());
        List<AgentContent> agents = agents();
        if (options.shape() == LogShape.SIMPLE) {
            SimpleRecords records = new SimpleRecords(ids);
            for (int i = 0; i < options.sessions(); i++) {
                SplittableRandom rng = master.split();
                AgentContent agent = pick(agents, rng);
                lines.write(records.next(agent, rng, timeline.start(i, rng.nextDouble())));
            }
        } else {
            writeSessions(lines, ids, timeline, master, agents);
        }
        lines.flush();
        return new GenerationSummary(options.sessions(), lines.lines(), lines.countsByType());
    }

    private void writeSessions(JsonLines lines, Ids ids, Timeline timeline, SplittableRandom master,
                               List<AgentContent> agents) throws IOException {
        SessionSimulator simulator = new SessionSimulator(ids);
        SessionBuffer buffer = new SessionBuffer(lines);
        long previousStart = 0;
        long previousEnd = 0;
        for (int i = 0; i < options.sessions(); i++) {
            SplittableRandom rng = master.split();
            AgentContent agent = pick(agents, rng);
            boolean overlaps = i > 0 && rng.nextDouble() < OVERLAPPING;
            long start;
            if (overlaps) {
                start = previousStart + 15 + rng.nextLong(Math.max(1, previousEnd - previousStart - 15));
            } else {
                buffer.flush();
                start = timeline.start(i, rng.nextDouble());
            }
            List<LogEvent> events = simulator.run(agent, rng, start);
            buffer.add(i, events, rng);
            previousStart = start;
            previousEnd = events.get(events.size() - 1).ts();
        }
        buffer.flush();
    }

    private List<AgentContent> agents() {
        return switch (options.profile()) {
            case CODING -> List.of(new CodingAgent());
            case SUPPORT -> List.of(new SupportAgent());
            case MIXED -> List.of(new CodingAgent(), new SupportAgent());
        };
    }

    private static AgentContent pick(List<AgentContent> agents, SplittableRandom rng) {
        if (agents.size() == 1) {
            return agents.get(0);
        }
        return rng.nextDouble() < CODING_SHARE ? agents.get(0) : agents.get(1);
    }
}
