package dev.concord.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/** Counts over the whole store. */
public final class StatsRepository {
    private final Database db;

    public StatsRepository(Database db) {
        this.db = db;
    }

    public StoreStats stats() {
        return db.read(c -> new StoreStats(
                single(c, "SELECT COUNT(DISTINCT session) FROM generations"),
                single(c, "SELECT COUNT(*) FROM generations"),
                grouped(c, "SELECT kind, COUNT(*) FROM signals GROUP BY kind"),
                grouped(c, "SELECT outcome, COUNT(DISTINCT session) FROM session_ends GROUP BY outcome"),
                single(c, "SELECT COUNT(*) FROM flagged_items"),
                grouped(c, "SELECT reason, COUNT(*) FROM flagged_item_reasons GROUP BY reason"),
                grouped(c, "SELECT kind, COUNT(*) FROM candidates GROUP BY kind"),
                single(c, "SELECT COUNT(*) FROM ingest_runs")));
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<String, Long> grouped(Connection c, String sql) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }
}
