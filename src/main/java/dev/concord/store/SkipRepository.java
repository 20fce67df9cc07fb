package dev.concord.store;

import dev.concord.review.Skip;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Items reviewers passed on: skipping (which releases the reservation), listing, and taking a skip back. */
public final class SkipRepository {
    private final Database db;

    public SkipRepository(Database db) {
        this.db = db;
    }

    /** The reviewer passes on the item: it is not offered to them again until they take it back. */
    public void skip(String itemId, String reviewerId, Instant at) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO skips (item_id, reviewer_id, skipped_at) "
                    + "VALUES (?, ?, ?) ON CONFLICT (item_id, reviewer_id) DO NOTHING")) {
                ps.setString(1, itemId);
                ps.setString(2, reviewerId);
                ps.setString(3, Timestamps.format(at));
                ps.executeUpdate();
            }
            AssignmentRepository.release(c, itemId, reviewerId);
            return null;
        });
    }

    /** The reviewer's skips, most recent first, at most {@code limit}. */
    public List<Skip> skips(String reviewerId, int limit) {
        return db.read(c -> {
            List<Skip> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT s.item_id, f.headline, s.skipped_at FROM skips s "
                    + "JOIN flagged_items f ON f.id = s.item_id WHERE s.reviewer_id = ? "
                    + "ORDER BY s.skipped_at DESC, s.item_id LIMIT ?")) {
                ps.setString(1, reviewerId);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Skip(rs.getString(1), rs.getString(2), Timestamps.parse(rs.getString(3))));
                    }
                }
            }
            return out;
        });
    }

    /** Whether the reviewer skipped the item (and has not taken it back). */
    public boolean isSkipped(String itemId, String reviewerId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM skips WHERE item_id = ? AND reviewer_id = ?")) {
                ps.setString(1, itemId);
                ps.setString(2, reviewerId);
                return Sql.single(ps) > 0;
            }
        });
    }

    /** How many items the reviewer has skipped. */
    public long count(String reviewerId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM skips WHERE reviewer_id = ?")) {
                ps.setString(1, reviewerId);
                return Sql.single(ps);
            }
        });
    }

    /** Takes a skip back: the item can be offered to the reviewer again. False if they had not skipped it. */
    public boolean takeBack(String itemId, String reviewerId) {
        return db.inTransaction(c -> takeBack(c, itemId, reviewerId));
    }

    static boolean takeBack(Connection c, String itemId, String reviewerId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM skips WHERE item_id = ? AND reviewer_id = ?")) {
            ps.setString(1, itemId);
            ps.setString(2, reviewerId);
            return ps.executeUpdate() > 0;
        }
    }
}
