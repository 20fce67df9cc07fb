package dev.concord.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Hands items to reviewers. The next item for a reviewer is the one with the fewest latest reviews, then the
 * oldest, that the reviewer has not reviewed or skipped and that is below the overlap counting the live
 * reservations of other reviewers. Picking reserves it, in the same transaction, so two reviewers working at
 * once never push an item past its overlap; reservations expire, and a reviewer who comes back gets the item
 * they still hold.
 */
public final class AssignmentRepository {
    private static final int ATTEMPTS = 20;
    private static final String AVAILABLE = "f.review_count < ? "
            + "AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.item_id = f.id AND r.reviewer_id = ?) "
            + "AND NOT EXISTS (SELECT 1 FROM skips s WHERE s.item_id = f.id AND s.reviewer_id = ?) "
            + "AND f.review_count + (SELECT COUNT(*) FROM reservations x WHERE x.item_id = f.id "
            + "AND x.reviewer_id <> ? AND x.expires_at > ?) < ?";

    private final Database db;

    public AssignmentRepository(Database db) {
        this.db = db;
    }

    /**
     * Reserves and returns the next item for the reviewer until {@code now + hold}, or empty when nothing is
     * left for them.
     */
    public Optional<String> reserveNext(String reviewerId, int overlap, Instant now, Duration hold) {
        String nowText = Timestamps.format(now);
        String until = Timestamps.format(now.plus(hold));
        return db.inTransaction(c -> {
            // A write first: on SQLite this takes the write lock before anything is read.
            update(c, "DELETE FROM reservations WHERE expires_at <= ?", nowText);
            Optional<String> held = held(c, reviewerId, overlap, nowText);
            if (held.isPresent()) {
                reserve(c, held.get(), reviewerId, until);
                return held;
            }
            for (int i = 0; i < ATTEMPTS; i++) {
                Optional<String> candidate = candidate(c, reviewerId, overlap, nowText);
                if (candidate.isEmpty()) {
                    return candidate;
                }
                String id = candidate.get();
                // Lock the item row (PostgreSQL), then check again what others committed meanwhile.
                update(c, "UPDATE flagged_items SET review_count = review_count WHERE id = ?", id);
                if (stillAvailable(c, id, reviewerId, overlap, nowText)) {
                    reserve(c, id, reviewerId, until);
                    return candidate;
                }
            }
            return Optional.<String>empty();
        });
    }

    private static Optional<String> held(Connection c, String reviewerId, int overlap, String now) throws SQLException {
        List<String> mine = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT item_id FROM reservations WHERE reviewer_id = ? "
                + "AND expires_at > ? ORDER BY expires_at DESC")) {
            ps.setString(1, reviewerId);
            ps.setString(2, now);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    mine.add(rs.getString(1));
                }
            }
        }
        for (String id : mine) {
            if (stillAvailable(c, id, reviewerId, overlap, now)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> candidate(Connection c, String reviewerId, int overlap, String now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT f.id FROM flagged_items f WHERE " + AVAILABLE
                + " ORDER BY f.review_count, f.created_at, f.id LIMIT 1")) {
            bindAvailable(ps, 1, reviewerId, overlap, now);
            return first(ps);
        }
    }

    private static boolean stillAvailable(Connection c, String id, String reviewerId, int overlap, String now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT f.id FROM flagged_items f WHERE f.id = ? AND " + AVAILABLE)) {
            ps.setString(1, id);
            bindAvailable(ps, 2, reviewerId, overlap, now);
            return first(ps).isPresent();
        }
    }

    private static void bindAvailable(PreparedStatement ps, int at, String reviewerId, int overlap, String now)
            throws SQLException {
        ps.setInt(at, overlap);
        ps.setString(at + 1, reviewerId);
        ps.setString(at + 2, reviewerId);
        ps.setString(at + 3, reviewerId);
        ps.setString(at + 4, now);
        ps.setInt(at + 5, overlap);
    }

    private static void reserve(Connection c, String itemId, String reviewerId, String until) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO reservations (item_id, reviewer_id, expires_at) "
                + "VALUES (?, ?, ?) ON CONFLICT (item_id, reviewer_id) DO UPDATE SET expires_at = excluded.expires_at")) {
            ps.setString(1, itemId);
            ps.setString(2, reviewerId);
            ps.setString(3, until);
            ps.executeUpdate();
        }
    }

    /** The reviewer passes on the item: it will not be offered to them again. Releases their reservation. */
    public void skip(String itemId, String reviewerId, Instant at) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO skips (item_id, reviewer_id, skipped_at) "
                    + "VALUES (?, ?, ?) ON CONFLICT (item_id, reviewer_id) DO NOTHING")) {
                ps.setString(1, itemId);
                ps.setString(2, reviewerId);
                ps.setString(3, Timestamps.format(at));
                ps.executeUpdate();
            }
            release(c, itemId, reviewerId);
            return null;
        });
    }

    /** Gives the item back without reviewing or skipping it. */
    public void release(String itemId, String reviewerId) {
        db.inTransaction(c -> {
            release(c, itemId, reviewerId);
            return null;
        });
    }

    private static void release(Connection c, String itemId, String reviewerId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM reservations WHERE item_id = ? AND reviewer_id = ?")) {
            ps.setString(1, itemId);
            ps.setString(2, reviewerId);
            ps.executeUpdate();
        }
    }

    /** Live reservations of the item by anyone at {@code now}. */
    public long liveReservations(String itemId, Instant now) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM reservations WHERE item_id = ? AND expires_at > ?")) {
                ps.setString(1, itemId);
                ps.setString(2, Timestamps.format(now));
                return Sql.single(ps);
            }
        });
    }

    private static void update(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            ps.executeUpdate();
        }
    }

    private static Optional<String> first(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
    }
}
