package dev.concord.store;

import dev.concord.model.CandidateKind;
import dev.concord.model.FlagReason;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;

/** What the whole store holds after a rebuild: sessions, flagged items by reason, candidates by kind. */
public record QueueCounts(long sessions, long items, Map<FlagReason, Long> byReason, Map<CandidateKind, Long> byKind) {

    public static QueueCounts of(Connection c) throws SQLException {
        Map<FlagReason, Long> byReason = new EnumMap<>(FlagReason.class);
        Map<CandidateKind, Long> byKind = new EnumMap<>(CandidateKind.class);
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT reason, COUNT(*) FROM flagged_item_reasons GROUP BY reason")) {
                while (rs.next()) {
                    byReason.put(FlagReason.parse(rs.getString(1)), rs.getLong(2));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT kind, COUNT(*) FROM candidates GROUP BY kind")) {
                while (rs.next()) {
                    byKind.put(CandidateKind.fromCode(rs.getString(1)), rs.getLong(2));
                }
            }
            return new QueueCounts(single(s, "SELECT COUNT(DISTINCT session) FROM generations"),
                    single(s, "SELECT COUNT(*) FROM flagged_items"), byReason, byKind);
        }
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
