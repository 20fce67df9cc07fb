package dev.concord.store;

import dev.concord.curate.ReviewedItem;
import dev.concord.model.FlaggedItem;
import dev.concord.review.Review;
import dev.concord.review.ReviewSettings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Keeps each item's {@code wanted} (how many latest reviews it wants, {@link ReviewSettings#wanted}) and
 * {@code started_open} (has a review and wants more) in step with its reviews and decision, inside the caller's
 * transaction, so that assignment reads open items from an index. An item that has never been reviewed or decided
 * keeps {@code wanted} null: it wants the overlap.
 *
 * @param settings the overlap and the maximum of reviews per item
 * @param accepts  whether the consensus policy accepts a reviewed item (asked only at or past the overlap)
 */
public record ItemNeeds(ReviewSettings settings, Predicate<ReviewedItem> accepts) {
    /** The settings row that says every reviewed item's figures must be recomputed before the next assignment. */
    public static final String STALE = "review.wanted_stale";
    private static final int BATCH = 1000;

    /** Recomputes one item from its latest reviews and decision. */
    public void refresh(Connection c, String itemId) throws SQLException {
        int reviews;
        boolean decided;
        try (PreparedStatement ps = c.prepareStatement("SELECT f.review_count, "
                + "(SELECT COUNT(*) FROM adjudications d WHERE d.item_id = f.id) FROM flagged_items f WHERE f.id = ?")) {
            ps.setString(1, itemId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                reviews = rs.getInt(1);
                decided = rs.getInt(2) > 0;
            }
        }
        boolean accepted = false;
        if (settings.asksPolicy(reviews, decided)) {
            Optional<FlaggedItem> item = JdbcQueueRepository.find(c, itemId);
            List<Review> votes = ReviewRepository.query(c, "SELECT " + ReviewColumns.REVIEW + ReviewColumns.REVIEW_FROM
                    + " WHERE r.item_id = ? AND r.is_latest = 1 ORDER BY r.reviewer_id", itemId);
            accepted = item.isPresent() && accepts.test(new ReviewedItem(item.get(), votes, null));
        }
        try (PreparedStatement ps = update(c)) {
            bind(ps, itemId, reviews, settings.wanted(reviews, decided, accepted));
            ps.executeUpdate();
        }
    }

    /**
     * Recomputes every reviewed or decided item if {@link #STALE} is set (one transaction); true if it did. A login
     * that may not change the settings (a reviewer or lead of a team database, who may also see too few reviews to
     * recompute) leaves it to an admin.
     */
    public boolean refreshIfStale(Database db) {
        if (db.read(c -> SettingsRepository.get(c, STALE)).isEmpty() || !db.read(SettingsRepository::mayChange)) {
            return false;
        }
        return db.inTransaction(c -> {
            // A write first (it takes SQLite's write lock): only the one that clears the mark recomputes.
            if (!clearStale(c)) {
                return false;
            }
            refreshAll(c);
            return true;
        });
    }

    /**
     * Recomputes every reviewed or decided item (after the overlap, the maximum or the consensus policy changed),
     * and clears {@link #STALE}, in the caller's transaction.
     */
    public void refreshAll(Connection c) throws SQLException {
        try (PreparedStatement ps = update(c)) {
            int[] pending = {0};
            SQLException[] failed = {null};
            ExportSourceRepository.forEachReviewed(c, ri -> {
                if (failed[0] != null) {
                    return;
                }
                int reviews = ri.votes().size();
                boolean decided = ri.decision() != null;
                boolean accepted = settings.asksPolicy(reviews, decided) && accepts.test(ri);
                try {
                    bind(ps, ri.item().id(), reviews, settings.wanted(reviews, decided, accepted));
                    ps.addBatch();
                    if (++pending[0] == BATCH) {
                        ps.executeBatch();
                        pending[0] = 0;
                    }
                } catch (SQLException e) {
                    failed[0] = e;
                }
            });
            if (failed[0] != null) {
                throw failed[0];
            }
            ps.executeBatch();
        }
        clearStale(c);
    }

    private static boolean clearStale(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM settings WHERE name = ?")) {
            ps.setString(1, STALE);
            return ps.executeUpdate() > 0;
        }
    }

    /** A lead decided the item: it wants no more reviews ({@link ReviewSettings#wanted} when decided). */
    static void decided(Connection c, String itemId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE flagged_items SET wanted = review_count, started_open = 0 "
                + "WHERE id = ?")) {
            ps.setString(1, itemId);
            ps.executeUpdate();
        }
    }

    private static PreparedStatement update(Connection c) throws SQLException {
        return c.prepareStatement("UPDATE flagged_items SET wanted = ?, started_open = ? WHERE id = ?");
    }

    private static void bind(PreparedStatement ps, String itemId, int reviews, int wanted) throws SQLException {
        ps.setInt(1, wanted);
        ps.setInt(2, reviews > 0 && reviews < wanted ? 1 : 0);
        ps.setString(3, itemId);
    }
}
