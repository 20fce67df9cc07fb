package dev.concord.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Which sessions a queue rebuild covers: all of them, or only those an ingest run touched (a generation, a
 * signal on one of its generations, or a session end stored by that run). Flag and candidate rules look at one
 * session at a time, so re-deriving only the touched sessions gives the same queue as a full rebuild.
 * The touched set lives in a temporary table on the caller's connection.
 */
public final class RebuildScope {
    static final String TABLE = "touched_sessions";
    private static final RebuildScope ALL = new RebuildScope(false);
    private static final RebuildScope TOUCHED = new RebuildScope(true);

    private final boolean touchedOnly;

    private RebuildScope(boolean touchedOnly) {
        this.touchedOnly = touchedOnly;
    }

    public static RebuildScope all() {
        return ALL;
    }

    /** Marks the sessions touched by the run in a temporary table and returns the scope over them. */
    public static RebuildScope touchedBy(Connection c, long run) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DROP TABLE IF EXISTS " + TABLE);
            s.executeUpdate("CREATE TEMPORARY TABLE " + TABLE + " (session TEXT PRIMARY KEY)");
        }
        for (String sql : new String[] {
                "SELECT session FROM generations WHERE ingest_run = ?",
                "SELECT g.session FROM signals s JOIN generations g ON g.id = s.generation WHERE s.ingest_run = ?",
                "SELECT session FROM session_ends WHERE ingest_run = ?"}) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE + " (session) " + sql
                    + " ON CONFLICT (session) DO NOTHING")) {
                ps.setLong(1, run);
                ps.executeUpdate();
            }
        }
        return TOUCHED;
    }

    public boolean touchedOnly() {
        return touchedOnly;
    }

    /** How many sessions with at least one generation the scope covers: the sessions a rebuild visits. */
    public long sessionCount(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(DISTINCT session) FROM generations WHERE "
                     + sessionFilter("session"))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A SQL condition on a session column, true for the sessions in scope. */
    String sessionFilter(String column) {
        return touchedOnly ? column + " IN (SELECT session FROM " + TABLE + ")" : "1 = 1";
    }

    /** Drops the temporary table, if any. */
    public void close(Connection c) throws SQLException {
        if (touchedOnly) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DROP TABLE IF EXISTS " + TABLE);
            }
        }
    }
}
