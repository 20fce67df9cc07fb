package dev.concord.store;

import dev.concord.review.AssignmentMode;
import dev.concord.review.Review;
import dev.concord.review.ReviewDraft;
import dev.concord.review.Viewer;
import dev.concord.review.Visibility;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reviews and their revisions. Reading other reviewers' reviews of an item is blind by construction: the
 * query that returns them applies {@link Visibility} in SQL.
 */
public final class ReviewRepository {
    private static final String COLUMNS = ReviewColumns.REVIEW;
    private static final String FROM = ReviewColumns.REVIEW_FROM;

    private final Database db;

    public ReviewRepository(Database db) {
        this.db = db;
    }

    /**
     * Stores a checked draft as the reviewer's newest revision and updates the reviews the item wants, in one
     * transaction; returns its number.
     */
    public int submit(String itemId, String reviewerId, ReviewDraft draft, Instant at, ItemNeeds needs) {
        return db.inTransaction(c -> submit(c, itemId, reviewerId, draft, at, needs));
    }

    private static int submit(Connection c, String itemId, String reviewerId, ReviewDraft draft, Instant at,
                              ItemNeeds needs) throws SQLException {
        try (ReviewWriter w = new ReviewWriter(c, needs)) {
            return w.submit(itemId, reviewerId, draft, at);
        }
    }

    /** A stored revision and the item reserved next for its reviewer (empty when nothing is left for them). */
    public record SubmittedAndNext(int revision, Optional<String> next) {
    }

    /**
     * {@link #submit} followed by {@link AssignmentRepository#reserveNext} for the same reviewer (by the mode and
     * overlap of {@code needs}' settings). On SQLite both in
     * one transaction: one turn of the database's single write lock instead of two, with nothing committed unless
     * both are. On PostgreSQL one after the other (the submit's item row stays locked only for the submit).
     */
    public SubmittedAndNext submitAndReserveNext(String itemId, String reviewerId, ReviewDraft draft, Instant at,
                                                 ItemNeeds needs, Duration hold) {
        int overlap = needs.settings().overlap();
        AssignmentMode mode = needs.settings().mode();
        if (!db.isSqlite()) {
            int revision = submit(itemId, reviewerId, draft, at, needs);
            return new SubmittedAndNext(revision, new AssignmentRepository(db).reserveNext(reviewerId, mode, overlap,
                    at, hold));
        }
        return db.inTransaction(c -> {
            int revision = submit(c, itemId, reviewerId, draft, at, needs);
            return new SubmittedAndNext(revision, AssignmentRepository.reserveNext(c, true, reviewerId, mode, overlap,
                    at, hold));
        });
    }

    /** The reviewer's own latest review of the item. */
    public Optional<Review> latest(String itemId, String reviewerId) {
        List<Review> list = query("SELECT " + COLUMNS + FROM + " WHERE r.item_id = ? AND r.reviewer_id = ? AND r.is_latest = 1",
                itemId, reviewerId);
        return list.stream().findFirst();
    }

    /** Every revision of the reviewer's review of the item, oldest first. */
    public List<Review> revisions(String itemId, String reviewerId) {
        return query("SELECT " + COLUMNS + FROM + " WHERE r.item_id = ? AND r.reviewer_id = ? ORDER BY r.revision",
                itemId, reviewerId);
    }

    /**
     * The latest reviews of the item the viewer may see, the viewer's first: {@link Visibility#SQL_CONDITION}, the
     * blind rule of {@link Visibility} in SQL (a non-lead who has not reviewed the item gets an empty list).
     */
    public List<Review> latestVisibleTo(String itemId, Viewer viewer) {
        String id = viewer.reviewerId() == null ? "" : viewer.reviewerId();
        return query("SELECT " + COLUMNS + FROM + " WHERE r.item_id = ? AND r.is_latest = 1 AND "
                        + Visibility.SQL_CONDITION
                        + " ORDER BY CASE WHEN r.reviewer_id = ? THEN 0 ELSE 1 END, r.submitted_at, v.name",
                itemId, viewer.lead() ? 1 : 0, id, id, id);
    }

    /** The latest reviews of an item that has reached the overlap (for adjudication); empty before that. */
    public List<Review> latestAtOverlap(String itemId, int overlap) {
        return query("SELECT " + COLUMNS + FROM + " JOIN flagged_items f ON f.id = r.item_id WHERE r.item_id = ? "
                + "AND r.is_latest = 1 AND f.review_count >= ? ORDER BY r.submitted_at, v.name", itemId, overlap);
    }

    /** Streams every latest review, by item age then reviewer name (for exports). */
    public void forEachLatest(Consumer<Review> consumer) {
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + FROM + " JOIN flagged_items f "
                    + "ON f.id = r.item_id WHERE r.is_latest = 1 ORDER BY f.created_at, r.item_id, v.name")) {
                ps.setFetchSize(500);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        consumer.accept(ReviewColumns.review(rs));
                    }
                }
            }
            return null;
        });
    }

    /** Times of the reviewer's first submissions (not revisions) at or after {@code since}, oldest first. */
    public List<Instant> firstSubmissionsSince(String reviewerId, Instant since) {
        return db.read(c -> {
            List<Instant> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT submitted_at FROM reviews WHERE reviewer_id = ? "
                    + "AND revision = 1 AND submitted_at >= ? ORDER BY submitted_at")) {
                ps.setString(1, reviewerId);
                ps.setString(2, Timestamps.format(since));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(Timestamps.parse(rs.getString(1)));
                    }
                }
            }
            return out;
        });
    }

    /** How many items the reviewer has reviewed. */
    public long reviewedBy(String reviewerId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM reviews WHERE reviewer_id = ? AND revision = 1")) {
                ps.setString(1, reviewerId);
                return Sql.single(ps);
            }
        });
    }

    /** How many items have at least {@code overlap} reviews (an index range over reviewed items only). */
    public long itemsAtOrAbove(int overlap) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM flagged_items WHERE review_count >= ?")) {
                ps.setInt(1, overlap);
                return Sql.single(ps);
            }
        });
    }

    /** How many items there are. */
    public long itemCount() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM flagged_items")) {
                return Sql.single(ps);
            }
        });
    }

    private List<Review> query(String sql, Object... args) {
        return db.read(c -> query(c, sql, args));
    }

    static List<Review> query(Connection c, String sql, Object... args) throws SQLException {
        List<Review> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (Object a : args) {
                if (a instanceof Integer n) {
                    ps.setInt(i++, n);
                } else {
                    ps.setString(i++, (String) a);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(ReviewColumns.review(rs));
                }
            }
        }
        return out;
    }

}
