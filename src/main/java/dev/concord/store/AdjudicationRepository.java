package dev.concord.store;

import dev.concord.model.IsoInstant;
import dev.concord.review.Adjudication;
import dev.concord.review.AdjudicationDraft;
import dev.concord.review.Review;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The leads' decisions, and what the leads' queue is computed from: every reviewed item's latest reviews and
 * decision, streamed without the texts (the consensus rule decides which items are disputed, not SQL).
 */
public final class AdjudicationRepository {
    private static final String REVIEWED_IDS = "SELECT item_id FROM reviews WHERE is_latest = 1 "
            + "UNION SELECT item_id FROM adjudications";

    private final Database db;

    public AdjudicationRepository(Database db) {
        this.db = db;
    }

    /** Receives one reviewed item. */
    @FunctionalInterface
    public interface ReviewedConsumer {
        /**
         * @param votes    the item's latest reviews, in reviewer id order
         * @param decision the lead's decision, or null
         */
        void accept(String itemId, String headline, Instant createdAt, int attempts, List<Review> votes,
                    Adjudication decision);
    }

    /**
     * Streams every item that has a latest review or a decision, in item id order, with its latest reviews and
     * decision (no prompt or answer texts).
     */
    public void forEachReviewed(ReviewedConsumer consumer) {
        db.read(c -> {
            try (PreparedStatement items = c.prepareStatement("SELECT f.id, f.headline, f.created_at, f.attempt_count "
                    + "FROM flagged_items f WHERE f.id IN (" + REVIEWED_IDS + ") ORDER BY f.id");
                 PreparedStatement reviews = c.prepareStatement("SELECT " + ReviewColumns.REVIEW + ReviewColumns.REVIEW_FROM
                         + " WHERE r.is_latest = 1 ORDER BY r.item_id, r.reviewer_id");
                 PreparedStatement decisions = c.prepareStatement("SELECT " + ReviewColumns.ADJUDICATION
                         + ReviewColumns.ADJUDICATION_FROM + " ORDER BY d.item_id")) {
                items.setFetchSize(1000);
                reviews.setFetchSize(1000);
                try (ResultSet i = items.executeQuery(); ResultSet r = reviews.executeQuery();
                     ResultSet d = decisions.executeQuery()) {
                    boolean reviewsLeft = r.next();
                    boolean decisionsLeft = d.next();
                    while (i.next()) {
                        String id = i.getString(1);
                        List<Review> votes = new ArrayList<>();
                        while (reviewsLeft && before(r.getString(1), id)) {
                            if (r.getString(1).equals(id)) {
                                votes.add(ReviewColumns.review(r));
                            }
                            reviewsLeft = r.next();
                        }
                        Adjudication decision = null;
                        while (decisionsLeft && before(d.getString(1), id)) {
                            if (d.getString(1).equals(id)) {
                                decision = ReviewColumns.adjudication(d);
                            }
                            decisionsLeft = d.next();
                        }
                        consumer.accept(id, i.getString(2), IsoInstant.parse(i.getString(3)), i.getInt(4), votes, decision);
                    }
                }
            }
            return null;
        });
    }

    /** Whether {@code a} sorts at or before {@code b} in SQLite's binary (code point) order. */
    private static boolean before(String a, String b) {
        return compareCodePoints(a, b) <= 0;
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** Why a decision was or was not recorded ({@link #decideAsLead}). */
    public enum Outcome {
        DECIDED, UNKNOWN_LEAD, NOT_A_LEAD, UNKNOWN_ITEM, TOO_FEW_REVIEWS
    }

    /**
     * Records (or replaces) the lead's decision in one transaction that first checks, with the item's row locked,
     * that the reviewer is a lead and that the item is decided already or has at least {@code minReviews} latest
     * reviews: nothing can change the role or the reviews between the check and the write.
     */
    public Outcome decideAsLead(String itemId, String leadId, int minReviews, AdjudicationDraft d, Instant at) {
        return db.inTransaction(c -> {
            Optional<dev.concord.review.Reviewer> lead = ReviewerRepository.find(c, "id", leadId == null ? "" : leadId);
            if (lead.isEmpty()) {
                return Outcome.UNKNOWN_LEAD;
            }
            if (!lead.get().lead()) {
                return Outcome.NOT_A_LEAD;
            }
            try (PreparedStatement lock = c.prepareStatement("UPDATE flagged_items SET review_count = review_count "
                    + "WHERE id = ?")) {
                lock.setString(1, itemId);
                if (lock.executeUpdate() == 0) {
                    return Outcome.UNKNOWN_ITEM;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT f.review_count, (SELECT COUNT(*) FROM adjudications a "
                    + "WHERE a.item_id = f.id) FROM flagged_items f WHERE f.id = ?")) {
                ps.setString(1, itemId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getInt(2) == 0 && rs.getInt(1) < minReviews) {
                        return Outcome.TOO_FEW_REVIEWS;
                    }
                }
            }
            write(c, itemId, leadId, d, at);
            return Outcome.DECIDED;
        });
    }

    /** Records (or replaces) the lead's decision on the item, which then wants no more reviews, in one transaction. */
    public void decide(String itemId, String leadId, AdjudicationDraft d, Instant at) {
        db.inTransaction(c -> {
            write(c, itemId, leadId, d, at);
            return null;
        });
    }

    static void write(java.sql.Connection c, String itemId, String leadId, AdjudicationDraft d, Instant at)
            throws java.sql.SQLException {
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
    }

    /** Every decision by item id, for a lead's reviews export. */
    public java.util.Map<String, Adjudication> all() {
        return db.read(c -> {
            java.util.Map<String, Adjudication> all = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ReviewColumns.ADJUDICATION
                    + ReviewColumns.ADJUDICATION_FROM); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Adjudication a = ReviewColumns.adjudication(rs);
                    all.put(a.itemId(), a);
                }
            }
            return all;
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
