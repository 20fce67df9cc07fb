package dev.concord.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The first load of a SQLite database without the WAL's double write. In WAL mode every page of a transaction
 * is written to the log, and the checkpoint after the commit writes it again into the database file: for a
 * first ingest that is the whole database, twice. In rollback-journal mode a page that did not exist when the
 * transaction began is written once, straight into the file, and the journal holds only the few pages that
 * did exist (the empty tables), so a rollback still restores the database exactly. The switch needs the
 * database to itself: while any other connection is open, SQLite refuses it and the load goes through the
 * WAL as usual. Every connection Concord opens asks for WAL again, and {@link #end} restores it at once.
 */
final class FirstLoad {
    private FirstLoad() {
    }

    /**
     * Switches the connection's database to a rollback journal if it holds no events yet and no other
     * connection has it open. Returns whether it did (then call {@link #end}).
     */
    static boolean begin(Connection c) throws SQLException {
        if (!holdsNoEvents(c)) {
            return false;
        }
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 0");
            try {
                return "delete".equalsIgnoreCase(journalMode(c, "DELETE"));
            } catch (SQLException busy) {
                return false;
            } finally {
                s.execute("PRAGMA busy_timeout = " + Database.BUSY_TIMEOUT_MS);
            }
        }
    }

    /**
     * Back to WAL after the load, committed or rolled back. Should another connection have opened the database
     * meanwhile, the switch is left to the next connection, which asks for WAL when it opens.
     */
    static void end(Connection c) {
        try {
            journalMode(c, "WAL");
        } catch (SQLException busy) {
            // the load itself is done; see above
        }
    }

    private static boolean holdsNoEvents(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM generations) "
                + "AND NOT EXISTS (SELECT 1 FROM signals) AND NOT EXISTS (SELECT 1 FROM session_ends)")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static String journalMode(Connection c, String mode) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode = " + mode)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }
}
