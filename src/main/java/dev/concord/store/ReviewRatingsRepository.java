package dev.concord.store;

import dev.concord.model.CancelledException;
import dev.concord.model.IsoInstant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Read-only access to the reviews that count for agreement: the latest revision of every reviewer's review
 * ({@code reviews.is_latest = 1}), the leads' adjudications, the reviewed items and project settings.
 * Writes belong to the review store; nothing here changes the database.
 */
public final class ReviewRatingsRepository {
    private static final String REVIEW_COLUMNS = "r.item_id, r.reviewer_id, COALESCE(v.name, r.reviewer_id), "
            + "r.revision, r.label, r.correction, r.best_attempt, r.worst_attempt, r.none_acceptable, r.note, "
            + "r.submitted_at";
    private static final String REVIEW_FROM = " FROM reviews r LEFT JOIN reviewers v ON v.id = r.reviewer_id"
            + " WHERE r.is_latest = 1";
    private static final String ADJUDICATION_SELECT = "SELECT item_id, lead_id, label, correction, best_attempt, "
            + "worst_attempt, taken_from, note, decided_at FROM adjudications";
    private static final int CANCEL_CHECK_ROWS = 4096;

    private final Database db;

    public ReviewRatingsRepository(Database db) {
        this.db = db;
    }

    /** Number of latest reviews. */
    public long countLatest() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM reviews WHERE is_latest = 1");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * Streams every latest review, ordered by item id then reviewer id.
     *
     * @param cancelled polled every few thousand rows; when true the read stops with {@link CancelledException}
     */
    public void forEachLatest(Consumer<LatestReview> consumer, BooleanSupplier cancelled) {
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + REVIEW_COLUMNS + REVIEW_FROM
                    + " ORDER BY r.item_id, r.reviewer_id")) {
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    long rows = 0;
                    while (rs.next()) {
                        if (++rows % CANCEL_CHECK_ROWS == 0 && cancelled.getAsBoolean()) {
                            throw new CancelledException();
                        }
                        consumer.accept(review(rs));
                    }
                }
            }
            return null;
        });
    }

    /** The latest reviews of one item, ordered by reviewer id. */
    public List<LatestReview> latestReviewsOf(String itemId) {
        return db.read(c -> {
            List<LatestReview> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + REVIEW_COLUMNS + REVIEW_FROM
                    + " AND r.item_id = ? ORDER BY r.reviewer_id")) {
                ps.setString(1, itemId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(review(rs));
                    }
                }
            }
            return out;
        });
    }

    /** Every adjudication, by item id. */
    public Map<String, AdjudicationRow> adjudications() {
        return db.read(c -> {
            Map<String, AdjudicationRow> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(ADJUDICATION_SELECT + " ORDER BY item_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    AdjudicationRow a = adjudication(rs);
                    out.put(a.itemId(), a);
                }
            }
            return out;
        });
    }

    /** The adjudication of one item, if a lead decided it. */
    public Optional<AdjudicationRow> adjudicationOf(String itemId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(ADJUDICATION_SELECT + " WHERE item_id = ?")) {
                ps.setString(1, itemId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(adjudication(rs)) : Optional.empty();
                }
            }
        });
    }

    /** The items that have at least one latest review, by id. */
    public Map<String, ReviewedItem> reviewedItems() {
        return db.read(c -> {
            Map<String, ReviewedItem> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT f.id, f.headline, f.attempt_count, f.created_at"
                    + " FROM flagged_items f WHERE EXISTS (SELECT 1 FROM reviews r WHERE r.item_id = f.id"
                    + " AND r.is_latest = 1) ORDER BY f.id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new ReviewedItem(rs.getString(1), rs.getString(2), rs.getInt(3),
                            timestamp(rs.getString(4), "flagged_items.created_at", rs.getString(1))));
                }
            }
            return out;
        });
    }

    /** A project setting ({@code settings} table), if present. */
    public Optional<String> setting(String name) {
        return db.read(c -> setting(c, name));
    }

    private static Optional<String> setting(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM settings WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static LatestReview review(ResultSet rs) throws SQLException {
        String item = rs.getString(1);
        return new LatestReview(item, rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                rs.getString(6), integer(rs, 7), integer(rs, 8), rs.getInt(9) != 0, rs.getString(10),
                timestamp(rs.getString(11), "reviews.submitted_at", item + "/" + rs.getString(2)));
    }

    private static AdjudicationRow adjudication(ResultSet rs) throws SQLException {
        String item = rs.getString(1);
        return new AdjudicationRow(item, rs.getString(2), rs.getString(3), rs.getString(4), integer(rs, 5),
                integer(rs, 6), rs.getString(7), rs.getString(8),
                timestamp(rs.getString(9), "adjudications.decided_at", item));
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /**
     * Parses a stored timestamp: ISO-8601 instant or offset date-time, or a local date-time (with {@code T} or a
     * space, as SQL's {@code CURRENT_TIMESTAMP} writes it) taken as UTC.
     */
    static Instant timestamp(String text, String column, String row) {
        if (text == null) {
            throw new StoreException(column + " is empty for " + row);
        }
        String t = text.trim();
        try {
            return IsoInstant.parse(t);
        } catch (DateTimeParseException notInstant) {
            try {
                return OffsetDateTime.parse(t).toInstant();
            } catch (DateTimeParseException notOffset) {
                try {
                    return LocalDateTime.parse(t.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException e) {
                    throw new StoreException(column + " of " + row + " is not a timestamp: '" + text + "'", e);
                }
            }
        }
    }
}
