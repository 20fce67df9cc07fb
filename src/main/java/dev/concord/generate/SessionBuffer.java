package dev.concord.generate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Decides the order lines are written in, the way a real log gets them. Sessions are written as they
 * close; sessions that ran at the same time are held together and merged by timestamp, and now and
 * then a client reports a reaction ({@code feedback}, {@code copy}, {@code edit}) before the log has the
 * generation it refers to. Holds at most the few sessions that overlap, so memory stays flat.
 */
final class SessionBuffer {
    static final double EARLY_REACTION = 0.015;
    private static final Comparator<Entry> WRITE_ORDER = Comparator.comparingLong(Entry::sortTs)
            .thenComparingInt(Entry::session).thenComparingInt(Entry::seq);

    private record Entry(long sortTs, int session, int seq, LogEvent event) {
    }

    private final JsonLines out;
    private final List<Entry> pending = new ArrayList<>();

    SessionBuffer(JsonLines out) {
        this.out = out;
    }

    /** Adds a session's events (in time order). Call {@link #flush} first unless it overlaps the held ones. */
    void add(int sessionOrdinal, List<LogEvent> events, SplittableRandom rng) {
        int base = pending.size();
        for (int i = 0; i < events.size(); i++) {
            LogEvent e = events.get(i);
            Entry generation = rng.nextDouble() < EARLY_REACTION ? generationOf(e, base) : null;
            if (generation != null) {
                pending.add(new Entry(generation.sortTs(), sessionOrdinal, generation.seq() - 1, e));
            } else {
                pending.add(new Entry(e.ts(), sessionOrdinal, 2 * i + 2, e));
            }
        }
    }

    /** Writes every held line. */
    void flush() throws IOException {
        if (pending.size() > 1) {
            pending.sort(WRITE_ORDER);
        }
        for (Entry e : pending) {
            out.write(e.event());
        }
        pending.clear();
    }

    private Entry generationOf(LogEvent e, int from) {
        String ref;
        if (e instanceof LogEvent.Feedback f) {
            ref = f.generation();
        } else if (e instanceof LogEvent.Copy c) {
            ref = c.generation();
        } else if (e instanceof LogEvent.Edit ed) {
            ref = ed.generation();
        } else {
            return null;
        }
        for (int i = pending.size() - 1; i >= from; i--) {
            if (pending.get(i).event() instanceof LogEvent.Generation g && g.id().equals(ref)) {
                return pending.get(i);
            }
        }
        return null;
    }
}
