package dev.concord.store;

import dev.concord.review.AssignmentMode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * Hands items to reviewers. An item is available to a reviewer when they have not reviewed or skipped it and it is
 * below the reviews it wants ({@link ItemNeeds}: the overlap, or more under dynamic overlap) counting the live
 * reservations of other reviewers. In {@link AssignmentMode#COMPLETE_FIRST} the next item is the oldest available
 * one that others started (has a review and wants more), else the oldest untouched one; in
 * {@link AssignmentMode#SPREAD_FIRST} it is the oldest untouched one, else the started one with the fewest reviews,
 * then the oldest. Each read is an index scan. Picking reserves it, in the same transaction, so reviewers working at
 * once never push an item past what it wants; reservations expire, and a reviewer who comes back gets the item
 * they still hold.
 */
public final class AssignmentRepository {
    private static final int ATTEMPTS = 20;
    private static final String ROOM = "f.review_count + (SELECT COUNT(*) FROM reservations x WHERE x.item_id = f.id "
            + "AND x.reviewer_id <> ? AND x.expires_at > ?) < COALESCE(f.wanted, ?)";
    private static final String AVAILABLE = "NOT EXISTS (SELECT 1 FROM reviews r WHERE r.item_id = f.id AND r.reviewer_id = ?) "
            + "AND NOT EXISTS (SELECT 1 FROM skips s WHERE s.item_id = f.id AND s.reviewer_id = ?) AND " + ROOM;
    private static final String UNTOUCHED = "SELECT f.id FROM flagged_items f WHERE f.review_count = 0 AND " + AVAILABLE
            + " ORDER BY f.created_at, f.id LIMIT 1";
    private static final String STARTED_OLDEST = "SELECT f.id FROM flagged_items f WHERE f.started_open = 1 AND "
            + AVAILABLE + " ORDER BY f.created_at, f.id LIMIT 1";
    private static final String STARTED_FEWEST = "SELECT f.id FROM flagged_items f WHERE f.started_open = 1 AND "
            + AVAILABLE + " ORDER BY f.review_count, f.created_at, f.id LIMIT 1";

    /** What became of a request to open a chosen item. */
    public enum Claim {
        /** Reserved for the reviewer. */
        RESERVED,
        /** The reviewer already reviewed it: nothing reserved, they may revise their review. */
        OWN_REVIEW,
        /** It has (or, with others' reservations, will have) all the reviews it wants. */
        FULL,
        /** No such item. */
        UNKNOWN
    }

    private final Database db;

    public AssignmentRepository(Database db) {
        this.db = db;
    }

    /**
     * Reserves and returns the next item for the reviewer until {@code now + hold}, or empty when nothing is left
     * for them.
     *
     * @param overlap the reviews an item wants before it has a review or a decision
     */
    public Optional<String> reserveNext(String reviewerId, AssignmentMode mode, int overlap, Instant now, Duration hold) {
        return db.inTransaction(c -> reserveNext(c, db.isSqlite(), reviewerId, mode, overlap, now, hold));
    }

    /**
     * {@link #reserveNext} in the caller's transaction, which on SQLite holds the write lock already (then no item
     * row needs locking: {@code sqlite}).
     */
    static Optional<String> reserveNext(Connection c, boolean sqlite, String reviewerId, AssignmentMode mode,
                                        int overlap, Instant now, Duration hold) throws SQLException {
        String nowText = Timestamps.format(now);
        String until = Timestamps.format(now.plus(hold));
        List<String> order = mode == AssignmentMode.COMPLETE_FIRST ? List.of(STARTED_OLDEST, UNTOUCHED)
                : List.of(UNTOUCHED, STARTED_FEWEST);
        // A write first: on SQLite this takes the write lock before anything is read.
        update(c, "DELETE FROM reservations WHERE expires_at <= ?", nowText);
        Optional<String> held = held(c, reviewerId, overlap, nowText);
        if (held.isPresent()) {
            reserve(c, held.get(), reviewerId, until);
            return held;
        }
        for (String query : order) {
            Optional<String> picked = pick(c, !sqlite, query, reviewerId, overlap, nowText, until);
            if (picked.isPresent()) {
                return picked;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> pick(Connection c, boolean lockRow, String query, String reviewerId, int overlap,
                                         String now, String until) throws SQLException {
        for (int i = 0; i < ATTEMPTS; i++) {
            Optional<String> candidate;
            try (PreparedStatement ps = c.prepareStatement(query)) {
                bindAvailable(ps, 1, reviewerId, overlap, now);
                candidate = first(ps);
            }
            if (candidate.isEmpty()) {
                return candidate;
            }
            String id = candidate.get();
            // PostgreSQL: lock the item row, then check again what others committed meanwhile. SQLite: the
            // transaction holds the database's write lock since it began, so what it read is still so.
            if (!lockRow) {
                reserve(c, id, reviewerId, until);
                return candidate;
            }
            update(c, "UPDATE flagged_items SET review_count = review_count WHERE id = ?", id);
            if (stillAvailable(c, id, reviewerId, overlap, now)) {
                reserve(c, id, reviewerId, until);
                return candidate;
            }
        }
        return Optional.empty();
    }

    /**
     * Reserves a chosen item for the reviewer, unless they already reviewed it (they may revise) or it has all the
     * reviews it wants counting others' live reservations. Taking an item this way takes back a skip of it.
     */
    public Claim claim(String itemId, String reviewerId, int overlap, Instant now, Duration hold) {
        String nowText = Timestamps.format(now);
        return db.inTransaction(c -> {
            update(c, "DELETE FROM reservations WHERE expires_at <= ?", nowText);
            update(c, "UPDATE flagged_items SET review_count = review_count WHERE id = ?", itemId);
            try (PreparedStatement ps = c.prepareStatement("SELECT (SELECT COUNT(*) FROM reviews r WHERE r.item_id = f.id "
                    + "AND r.reviewer_id = ?) FROM flagged_items f WHERE f.id = ?")) {
                ps.setString(1, reviewerId);
                ps.setString(2, itemId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Claim.UNKNOWN;
                    }
                    if (rs.getInt(1) > 0) {
                        return Claim.OWN_REVIEW;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT f.id FROM flagged_items f WHERE f.id = ? AND " + ROOM)) {
                ps.setString(1, itemId);
                bindRoom(ps, 2, reviewerId, overlap, nowText);
                if (first(ps).isEmpty()) {
                    return Claim.FULL;
                }
            }
            SkipRepository.takeBack(c, itemId, reviewerId);
            reserve(c, itemId, reviewerId, Timestamps.format(now.plus(hold)));
            return Claim.RESERVED;
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
        ps.setString(at, reviewerId);
        ps.setString(at + 1, reviewerId);
        bindRoom(ps, at + 2, reviewerId, overlap, now);
    }

    private static void bindRoom(PreparedStatement ps, int at, String reviewerId, int overlap, String now)
            throws SQLException {
        ps.setString(at, reviewerId);
        ps.setString(at + 1, now);
        ps.setInt(at + 2, overlap);
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

    /** Gives the item back without reviewing or skipping it. */
    public void release(String itemId, String reviewerId) {
        db.inTransaction(c -> {
            release(c, itemId, reviewerId);
            return null;
        });
    }

    static void release(Connection c, String itemId, String reviewerId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM reservations WHERE item_id = ? AND reviewer_id = ?")) {
            ps.setString(1, itemId);
            ps.setString(2, reviewerId);
            ps.executeUpdate();
        }
    }

    /**
     * Of these items, those at or past the overlap that want more reviews (dynamic overlap: the consensus policy
     * does not accept them yet and no lead decided them).
     */
    public Set<String> awaitingMore(Collection<String> itemIds, int overlap) {
        if (itemIds.isEmpty()) {
            return Set.of();
        }
        return db.read(c -> {
            Set<String> out = new HashSet<>();
            String marks = String.join(",", Collections.nCopies(itemIds.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM flagged_items WHERE started_open = 1 "
                    + "AND review_count >= ? AND id IN (" + marks + ")")) {
                ps.setInt(1, overlap);
                int i = 2;
                for (String id : itemIds) {
                    ps.setString(i++, id);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
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
