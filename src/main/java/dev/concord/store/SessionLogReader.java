package dev.concord.store;

import dev.concord.model.Generation;
import dev.concord.model.IsoInstant;
import dev.concord.model.Rating;
import dev.concord.model.SessionEnd;
import dev.concord.model.SessionLog;
import dev.concord.model.SessionOutcome;
import dev.concord.model.Signal;
import dev.concord.model.SignalKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Streams every stored session, one {@link SessionLog} at a time, in session order: two ordered cursors
 * (generations with their signals, and session ends) merged by session id. Memory holds one session.
 */
public final class SessionLogReader {
    private static final String GENERATIONS = "SELECT g.id, g.session, g.ts, g.model, g.prompt_json, g.output, "
            + "g.sources_json, g.regenerates, s.kind, s.ts, s.rating, s.body, s.comment "
            + "FROM generations g LEFT JOIN signals s ON s.generation = g.id WHERE %s ORDER BY g.session, g.ts, g.id";
    private static final String ENDS = "SELECT session, ts, outcome FROM session_ends WHERE %s ORDER BY session, ts";

    private SessionLogReader() {
    }

    /** Calls the consumer once per session that has at least one generation. Returns the session count. */
    public static long forEachSession(Connection c, Consumer<SessionLog> consumer) throws SQLException {
        return forEachSession(c, RebuildScope.all(), consumer);
    }

    /** As {@link #forEachSession(Connection, Consumer)}, for the sessions in scope only. */
    public static long forEachSession(Connection c, RebuildScope scope, Consumer<SessionLog> consumer)
            throws SQLException {
        long sessions = 0;
        try (PreparedStatement gs = c.prepareStatement(String.format(GENERATIONS, scope.sessionFilter("g.session")));
             PreparedStatement es = c.prepareStatement(String.format(ENDS, scope.sessionFilter("session")))) {
            gs.setFetchSize(1000);
            es.setFetchSize(1000);
            try (ResultSet g = gs.executeQuery(); ResultSet e = es.executeQuery()) {
                EndCursor ends = new EndCursor(e);
                boolean more = g.next();
                while (more) {
                    String session = g.getString(2);
                    List<Generation> generations = new ArrayList<>();
                    Map<String, List<Signal>> signals = new HashMap<>();
                    String lastId = null;
                    while (more && session.equals(g.getString(2))) {
                        String id = g.getString(1);
                        if (!id.equals(lastId)) {
                            generations.add(generation(c, g));
                            lastId = id;
                        }
                        String kind = g.getString(9);
                        if (kind != null) {
                            signals.computeIfAbsent(id, k -> new ArrayList<>()).add(new Signal(
                                    SignalKind.fromWireName(kind), id, IsoInstant.parse(g.getString(10)),
                                    Rating.parse(g.getString(11)), g.getString(12), g.getString(13)));
                        }
                        more = g.next();
                    }
                    consumer.accept(new SessionLog(session, generations, signals, ends.lastEndOf(session)));
                    sessions++;
                }
            }
        }
        return sessions;
    }

    private static Generation generation(Connection c, ResultSet g) throws SQLException {
        PromptColumn.Stored prompt = PromptColumn.readWithTools(g.getString(5), c);
        return new Generation(g.getString(1), g.getString(2), IsoInstant.parse(g.getString(3)), g.getString(4),
                prompt.messages(), g.getString(6), Json.strings(g.getString(7)), g.getString(8), prompt.tools());
    }

    /** Walks session ends in step with the sessions; the latest end of a session wins. */
    private static final class EndCursor {
        private final ResultSet rs;
        private boolean more;

        EndCursor(ResultSet rs) throws SQLException {
            this.rs = rs;
            this.more = rs.next();
        }

        SessionEnd lastEndOf(String session) throws SQLException {
            SessionEnd found = null;
            while (more && rs.getString(1).compareTo(session) <= 0) {
                if (rs.getString(1).equals(session)) {
                    found = new SessionEnd(session, IsoInstant.parse(rs.getString(2)), SessionOutcome.parse(rs.getString(3)));
                }
                more = rs.next();
            }
            return found;
        }
    }
}
