package dev.concord.store;

import dev.concord.review.Adjudication;
import dev.concord.review.AdjudicationDraft;
import dev.concord.review.ReviewDraft;
import dev.concord.review.Reviewer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes reviews inside the caller's transaction: a new revision becomes the latest, the item's
 * {@code review_count} is recomputed from the latest reviews, so are the reviews it wants ({@link ItemNeeds}), and
 * the reviewer's reservation and skip of the item are cleared.
 */
public final class ReviewWriter implements AutoCloseable {
    private final PreparedStatement latest;
    private final PreparedStatement retire;
    private final PreparedStatement insert;
    private final PreparedStatement count;
    private final PreparedStatement release;
    private final PreparedStatement unskip;
    private final PreparedStatement itemFacts;
    private final PreparedStatement lockItem;
    private final Connection c;
    private final ItemNeeds needs;

    /** A writer that keeps each reviewed item's wanted reviews with {@code needs}. */
    public ReviewWriter(Connection c, ItemNeeds needs) throws SQLException {
        this.c = c;
        this.needs = java.util.Objects.requireNonNull(needs, "needs");
        itemFacts = c.prepareStatement("SELECT f.attempt_count, (SELECT a.output FROM attempts a WHERE a.item_id = f.id "
                + "ORDER BY a.position DESC LIMIT 1) FROM flagged_items f WHERE f.id = ?");
        latest = c.prepareStatement("SELECT revision, label, correction, best_attempt, worst_attempt, none_acceptable, "
                + "note FROM reviews WHERE item_id = ? AND reviewer_id = ? AND is_latest = 1");
        retire = c.prepareStatement("UPDATE reviews SET is_latest = 0 WHERE item_id = ? AND reviewer_id = ? AND is_latest = 1");
        insert = c.prepareStatement("INSERT INTO reviews (item_id, reviewer_id, revision, label, correction, best_attempt, "
                + "worst_attempt, none_acceptable, note, submitted_at, is_latest) VALUES (?,?,?,?,?,?,?,?,?,?,1)");
        count = c.prepareStatement("UPDATE flagged_items SET review_count = (SELECT COUNT(*) FROM reviews r "
                + "WHERE r.item_id = flagged_items.id AND r.is_latest = 1) WHERE id = ?");
        release = c.prepareStatement("DELETE FROM reservations WHERE item_id = ? AND reviewer_id = ?");
        unskip = c.prepareStatement("DELETE FROM skips WHERE item_id = ? AND reviewer_id = ?");
        lockItem = c.prepareStatement("UPDATE flagged_items SET review_count = review_count WHERE id = ?");
    }

    /**
     * Takes the database's write lock now (SQLite), so that what this transaction reads stays current until it
     * commits. Call first in a transaction that reads before it writes.
     */
    public void beginWrite() throws SQLException {
        release.setString(1, "");
        release.setString(2, "");
        release.executeUpdate();
    }

    /** What checking a review of an item needs to know about it. */
    public record ItemFacts(int attempts, String lastAnswer) {
    }

    /** The item's attempt count and last answer, if the item exists. */
    public Optional<ItemFacts> item(String itemId) throws SQLException {
        itemFacts.setString(1, itemId);
        try (ResultSet rs = itemFacts.executeQuery()) {
            return rs.next() ? Optional.of(new ItemFacts(rs.getInt(1), rs.getString(2))) : Optional.empty();
        }
    }

    /** A reviewer found by name, or created now; {@code created} says which. */
    public record ReviewerRef(Reviewer reviewer, boolean created) {
    }

    public ReviewerRef reviewer(String name, Instant now) throws SQLException {
        Optional<Reviewer> found = ReviewerRepository.find(c, "name", name.strip());
        if (found.isPresent()) {
            return new ReviewerRef(found.get(), false);
        }
        return new ReviewerRef(ReviewerRepository.findOrCreate(c, name, false, now), true);
    }

    /** An existing reviewer by name (never created: a decision is imported only under a lead who exists). */
    public Optional<Reviewer> existing(String name) throws SQLException {
        return ReviewerRepository.find(c, "name", name.strip());
    }

    /** The item's latest reviews (as this transaction sees them) and its decision, if any. */
    public record Decided(int reviews, Optional<Adjudication> decision) {
    }

    /** How many latest reviews the item has and its decision, for checking an imported decision. */
    public Decided decided(String itemId) throws SQLException {
        try (PreparedStatement reviews = c.prepareStatement("SELECT COUNT(*) FROM reviews WHERE item_id = ? AND is_latest = 1");
             PreparedStatement decision = c.prepareStatement("SELECT " + ReviewColumns.ADJUDICATION
                     + ReviewColumns.ADJUDICATION_FROM + " WHERE d.item_id = ?")) {
            reviews.setString(1, itemId);
            decision.setString(1, itemId);
            int n;
            try (ResultSet rs = reviews.executeQuery()) {
                rs.next();
                n = rs.getInt(1);
            }
            try (ResultSet rs = decision.executeQuery()) {
                return new Decided(n, rs.next() ? Optional.of(ReviewColumns.adjudication(rs)) : Optional.empty());
            }
        }
    }

    /** Records (or replaces) a lead's decision on the item in this transaction; the item then wants no more reviews. */
    public void decide(String itemId, String leadId, AdjudicationDraft d, Instant at) throws SQLException {
        lockItem.setString(1, itemId);
        lockItem.executeUpdate();
        AdjudicationRepository.write(c, itemId, leadId, d, at);
    }

    /** The reviewer's latest review of the item as a draft with its revision number, if any. */
    public Optional<Latest> latest(String itemId, String reviewerId) throws SQLException {
        latest.setString(1, itemId);
        latest.setString(2, reviewerId);
        try (ResultSet rs = latest.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new Latest(rs.getInt(1), new ReviewDraft(rs.getString(2), rs.getString(3),
                    Sql.integer(rs, 4), Sql.integer(rs, 5), rs.getInt(6) != 0, rs.getString(7))));
        }
    }

    /** A stored latest revision. */
    public record Latest(int revision, ReviewDraft draft) {
        /** True when a new submission of {@code other} would change nothing. */
        public boolean sameAs(ReviewDraft other) {
            return draft.label().equals(other.label()) && Objects.equals(draft.correction(), other.correction())
                    && Objects.equals(draft.best(), other.best()) && Objects.equals(draft.worst(), other.worst())
                    && draft.noneAcceptable() == other.noneAcceptable() && Objects.equals(draft.note(), other.note());
        }
    }

    /**
     * Stores a checked draft as the reviewer's newest revision and returns its number (1 for a first review).
     */
    public int submit(String itemId, String reviewerId, ReviewDraft d, Instant at) throws SQLException {
        // Writes before reads: the first write locks the item's row (PostgreSQL; on SQLite the whole database),
        // so that a submit of the same item by someone else commits wholly before or after this one, and every
        // count below reads what they committed (PostgreSQL re-reads only the locked row, not a count of reviews).
        lockItem.setString(1, itemId);
        lockItem.executeUpdate();
        release.setString(1, itemId);
        release.setString(2, reviewerId);
        release.executeUpdate();
        unskip.setString(1, itemId);
        unskip.setString(2, reviewerId);
        unskip.executeUpdate();
        int revision = latest(itemId, reviewerId).map(l -> l.revision() + 1).orElse(1);
        if (revision > 1) {
            retire.setString(1, itemId);
            retire.setString(2, reviewerId);
            retire.executeUpdate();
        }
        insert.setString(1, itemId);
        insert.setString(2, reviewerId);
        insert.setInt(3, revision);
        insert.setString(4, d.label());
        insert.setString(5, d.correction());
        Sql.setInteger(insert, 6, d.best());
        Sql.setInteger(insert, 7, d.worst());
        insert.setInt(8, d.noneAcceptable() ? 1 : 0);
        insert.setString(9, d.note());
        insert.setString(10, Timestamps.format(at));
        insert.executeUpdate();
        if (revision == 1) {
            count.setString(1, itemId);
            count.executeUpdate();
        }
        needs.refresh(c, itemId);
        return revision;
    }

    @Override
    public void close() throws SQLException {
        latest.close();
        retire.close();
        insert.close();
        count.close();
        release.close();
        unskip.close();
        itemFacts.close();
        lockItem.close();
    }
}
