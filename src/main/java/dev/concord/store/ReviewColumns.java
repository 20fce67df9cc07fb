package dev.concord.store;

import dev.concord.review.Adjudication;
import dev.concord.review.Review;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The one mapping between the {@code reviews} and {@code adjudications} tables and the {@link Review} and
 * {@link Adjudication} records: every repository that reads them selects these columns and maps them here.
 */
final class ReviewColumns {
    /** Columns of a review, with {@code reviews r} left-joined to {@code reviewers v}. */
    static final String REVIEW = "r.item_id, r.reviewer_id, COALESCE(v.name, r.reviewer_id), r.revision, r.label, "
            + "r.correction, r.best_attempt, r.worst_attempt, r.none_acceptable, r.note, r.submitted_at, r.is_latest";
    static final String REVIEW_FROM = " FROM reviews r LEFT JOIN reviewers v ON v.id = r.reviewer_id";
    /** Columns of an adjudication, with {@code adjudications d} left-joined to {@code reviewers w}. */
    static final String ADJUDICATION = "d.item_id, d.lead_id, COALESCE(w.name, d.lead_id), d.label, d.correction, "
            + "d.best_attempt, d.worst_attempt, d.none_acceptable, d.taken_from, d.note, d.decided_at";
    static final String ADJUDICATION_FROM = " FROM adjudications d LEFT JOIN reviewers w ON w.id = d.lead_id";

    private ReviewColumns() {
    }

    static Review review(ResultSet rs) throws SQLException {
        String item = rs.getString(1);
        return new Review(item, rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                rs.getString(6), Sql.integer(rs, 7), Sql.integer(rs, 8), rs.getInt(9) != 0, rs.getString(10),
                ReviewRatingsRepository.timestamp(rs.getString(11), "reviews.submitted_at", item + "/" + rs.getString(2)),
                rs.getInt(12) != 0);
    }

    static Adjudication adjudication(ResultSet rs) throws SQLException {
        String item = rs.getString(1);
        return new Adjudication(item, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                Sql.integer(rs, 6), Sql.integer(rs, 7), rs.getInt(8) != 0, rs.getString(9), rs.getString(10),
                ReviewRatingsRepository.timestamp(rs.getString(11), "adjudications.decided_at", item));
    }
}
