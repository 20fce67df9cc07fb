package dev.concord.store;

import dev.concord.model.CancelledException;
import dev.concord.model.IsoInstant;
import dev.concord.review.Adjudication;
import dev.concord.review.Review;

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
    private static final String REVIEW_SELECT = "SELECT " + ReviewColumns.REVIEW + ReviewColumns.REVIEW_FROM
            + " WHERE r.is_latest = 1";
    private static final String ADJUDICATION_SELECT = "SELECT " + ReviewColumns.ADJUDICATION
            + ReviewColumns.ADJUDICATION_FROM;
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
    public void forEachLatest(Consumer<Review> consumer, BooleanSupplier cancelled) {
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(REVIEW_SELECT
                    + " ORDER BY r.item_id, r.reviewer_id")) {
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    long rows = 0;
                    while (rs.next()) {
                        if (++rows % CANCEL_CHECK_ROWS == 0 && cancelled.getAsBoolean()) {
                            throw new CancelledException();
                        }
                        consumer.accept(ReviewColumns.review(rs));
                    }
                }
            }
            return null;
        });
    }

    /** The latest reviews of one item, ordered by reviewer id. */
    public List<Review> latestReviewsOf(String itemId) {
        return db.read(c -> {
            List<Review> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(REVIEW_SELECT
                    + " AND r.item_id = ? ORDER BY r.reviewer_id")) {
                ps.setString(1, itemId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(ReviewColumns.review(rs));
                    }
                }
            }
            return out;
        });
    }

    /** Every adjudication, by item id. */
    public Map<String, Adjudication> adjudications() {
        return db.read(c -> {
            Map<String, Adjudication> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(ADJUDICATION_SELECT + " ORDER BY d.item_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Adjudication a = ReviewColumns.adjudication(rs);
                    out.put(a.itemId(), a);
                }
            }
            return out;
        });
    }

    /** The adjudication of one item, if a lead decided it. */
    public Optional<Adjudication> adjudicationOf(String itemId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(ADJUDICATION_SELECT + " WHERE d.item_id = ?")) {
                ps.setString(1, itemId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(ReviewColumns.adjudication(rs)) : Optional.empty();
                }
            }
        });
    }

    /** The items that have at least one latest review, by id. */
    public Map<String, RatedItem> reviewedItems() {
        return db.read(c -> {
            Map<String, RatedItem> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT f.id, f.headline, f.attempt_count, f.created_at"
                    + " FROM flagged_items f WHERE EXISTS (SELECT 1 FROM reviews r WHERE r.item_id = f.id"
                    + " AND r.is_latest = 1) ORDER BY f.id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new RatedItem(rs.getString(1), rs.getString(2), rs.getInt(3),
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
