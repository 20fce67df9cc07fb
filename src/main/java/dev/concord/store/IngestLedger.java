package dev.concord.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Records ingest runs and finds events that point at generations never seen. */
public final class IngestLedger {
    private IngestLedger() {
    }

    /** An event whose generation is not (yet) in the store. */
    public record Orphan(String file, long line, String kind, String generation) {
    }

    /** Starts a run and returns its id. */
    public static long begin(Connection c, String files) throws SQLException {
        long id;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM ingest_runs")) {
            rs.next();
            id = rs.getLong(1);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ingest_runs (id, started_at, files) VALUES (?,?,?)")) {
            ps.setLong(1, id);
            ps.setString(2, Instant.now().toString());
            ps.setString(3, files);
            ps.executeUpdate();
        }
        return id;
    }

    public static void finish(Connection c, long run, long linesRead, long stored, long duplicates, long rejected)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE ingest_runs SET finished_at = ?, lines_read = ?, "
                + "events_stored = ?, duplicates = ?, rejected = ? WHERE id = ?")) {
            ps.setString(1, Instant.now().toString());
            ps.setLong(2, linesRead);
            ps.setLong(3, stored);
            ps.setLong(4, duplicates);
            ps.setLong(5, rejected);
            ps.setLong(6, run);
            ps.executeUpdate();
        }
    }

    private static final String THRESHOLD = "ingest.regeneration_threshold";

    /** The regeneration threshold the queue was last derived with, or -1 if never. */
    public static int lastRegenerationThreshold(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM settings WHERE name = ?")) {
            ps.setString(1, THRESHOLD);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Integer.parseInt(rs.getString(1)) : -1;
            }
        }
    }

    public static void saveRegenerationThreshold(Connection c, int threshold) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO settings (name, value) VALUES (?, ?) "
                + "ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, THRESHOLD);
            ps.setString(2, Integer.toString(threshold));
            ps.executeUpdate();
        }
    }

    /** Signals stored by this run whose generation is unknown, in file and line order (at most limit). */
    public static List<Orphan> orphans(Connection c, long run, int limit) throws SQLException {
        List<Orphan> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + SourceFiles.PATH + " AS file, s.source_line, s.kind, "
                + "s.generation FROM signals s LEFT JOIN generations g ON g.id = s.generation" + SourceFiles.JOIN
                + " WHERE s.ingest_run = ? AND g.id IS NULL ORDER BY file, s.source_line LIMIT ?")) {
            ps.setLong(1, run);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Orphan(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return out;
    }

    /** How many signals of this run point at unknown generations. */
    public static long orphanCount(Connection c, long run) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM signals s LEFT JOIN generations g "
                + "ON g.id = s.generation WHERE s.ingest_run = ? AND g.id IS NULL")) {
            ps.setLong(1, run);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
