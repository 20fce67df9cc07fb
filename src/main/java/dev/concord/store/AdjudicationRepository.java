package dev.concord.store;

import dev.concord.model.IsoInstant;
import dev.concord.review.Adjudication;
import dev.concord.review.AdjudicationDraft;
import dev.concord.review.Disagreement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Disagreements (items at the overlap whose latest labels differ) and the leads' decisions on them.
 * Disagreements come undecided first, then by most distinct labels, then by smallest majority, then oldest.
 */
public final class AdjudicationRepository {
    private static final String AGG = "WITH per AS (SELECT r.item_id, r.label, COUNT(*) AS c FROM reviews r "
            + "JOIN flagged_items f ON f.id = r.item_id WHERE r.is_latest = 1 AND f.review_count >= ? "
            + "GROUP BY r.item_id, r.label), "
            + "agg AS (SELECT item_id, COUNT(*) AS labels, SUM(c) AS n, MAX(c) AS top FROM per GROUP BY item_id "
            + "HAVING COUNT(*) > 1) ";

    private final Database db;

    public AdjudicationRepository(Database db) {
        this.db = db;
    }

    public long countDisagreements(int overlap) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(AGG + "SELECT COUNT(*) FROM agg")) {
                ps.setInt(1, overlap);
                return Sql.single(ps);
            }
        });
    }

    /** One page of disagreements in the order of the class comment. */
    public List<Disagreement> disagreements(int overlap, long offset, int limit) {
        return db.read(c -> {
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(AGG + "SELECT a.item_id, f.headline, f.created_at, a.n, "
                    + "a.top, v.name FROM agg a JOIN flagged_items f ON f.id = a.item_id "
                    + "LEFT JOIN adjudications d ON d.item_id = a.item_id LEFT JOIN reviewers v ON v.id = d.lead_id "
                    + "ORDER BY CASE WHEN d.item_id IS NULL THEN 0 ELSE 1 END, a.labels DESC, a.top * 1.0 / a.n, "
                    + "f.created_at, a.item_id LIMIT ? OFFSET ?")) {
                ps.setInt(1, overlap);
                ps.setInt(2, limit);
                ps.setLong(3, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Row(rs.getString(1), rs.getString(2), IsoInstant.parse(rs.getString(3)), rs.getInt(4),
                                rs.getInt(5), rs.getString(6)));
                    }
                }
            }
            Map<String, Map<String, Integer>> counts = labelCounts(c, rows);
            List<Disagreement> out = new ArrayList<>(rows.size());
            for (Row r : rows) {
                out.add(new Disagreement(r.id, r.headline, r.created, r.n, counts.getOrDefault(r.id, Map.of()),
                        r.top / (double) r.n, r.decidedBy));
            }
            return out;
        });
    }

    private record Row(String id, String headline, Instant created, int n, int top, String decidedBy) {
    }

    private static Map<String, Map<String, Integer>> labelCounts(Connection c, List<Row> rows) throws SQLException {
        Map<String, Map<String, Integer>> out = new HashMap<>();
        if (rows.isEmpty()) {
            return out;
        }
        String marks = String.join(",", Collections.nCopies(rows.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("SELECT item_id, label, COUNT(*) AS c FROM reviews "
                + "WHERE is_latest = 1 AND item_id IN (" + marks + ") GROUP BY item_id, label ORDER BY item_id, c DESC, label")) {
            for (int i = 0; i < rows.size(); i++) {
                ps.setString(i + 1, rows.get(i).id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getInt(3));
                }
            }
        }
        return out;
    }

    /** Records (or replaces) the lead's decision on the item, which then wants no more reviews, in one transaction. */
    public void decide(String itemId, String leadId, AdjudicationDraft d, Instant at) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO adjudications (item_id, lead_id, label, correction, "
                    + "best_attempt, worst_attempt, none_acceptable, taken_from, note, decided_at) VALUES (?,?,?,?,?,?,?,?,?,?) "
                    + "ON CONFLICT (item_id) DO UPDATE SET lead_id = excluded.lead_id, label = excluded.label, "
                    + "correction = excluded.correction, best_attempt = excluded.best_attempt, "
                    + "worst_attempt = excluded.worst_attempt, none_acceptable = excluded.none_acceptable, taken_from = excluded.taken_from, note = excluded.note, "
                    + "decided_at = excluded.decided_at")) {
                ps.setString(1, itemId);
                ps.setString(2, leadId);
                ps.setString(3, d.label());
                ps.setString(4, d.correction());
                Sql.setInteger(ps, 5, d.best());
                Sql.setInteger(ps, 6, d.worst());
                ps.setInt(7, d.noneAcceptable() ? 1 : 0);
                ps.setString(8, d.takenFrom());
                ps.setString(9, d.note());
                ps.setString(10, Timestamps.format(at));
                ps.executeUpdate();
            }
            ItemNeeds.decided(c, itemId);
            return null;
        });
    }

    public Optional<Adjudication> find(String itemId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ReviewColumns.ADJUDICATION
                    + ReviewColumns.ADJUDICATION_FROM + " WHERE d.item_id = ?")) {
                ps.setString(1, itemId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<Adjudication>empty();
                    }
                    return Optional.of(ReviewColumns.adjudication(rs));
                }
            }
        });
    }
}
