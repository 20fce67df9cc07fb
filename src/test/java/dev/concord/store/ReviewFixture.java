package dev.concord.store;

import java.sql.PreparedStatement;

/**
 * Writes reviewers, reviews and adjudications with plain SQL (V2 schema), for tests that need reviewed items before
 * the review workbench exists. Each review becomes the reviewer's latest revision of the item.
 */
public final class ReviewFixture {
    private final Database db;
    private int second;

    public ReviewFixture(Database db) {
        this.db = db;
    }

    public ReviewFixture reviewer(String id, boolean lead) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO reviewers (id, name, is_lead, created_at) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
                ps.setString(1, id);
                ps.setString(2, "Reviewer " + id);
                ps.setInt(3, lead ? 1 : 0);
                ps.setString(4, "2026-11-21T00:00:00Z");
                ps.executeUpdate();
            }
            return null;
        });
        return this;
    }

    public ReviewFixture review(String item, String reviewer, String label) {
        return review(item, reviewer, label, null, null, null);
    }

    public ReviewFixture review(String item, String reviewer, String label, String correction) {
        return review(item, reviewer, label, correction, null, null);
    }

    /** Adds a revision and makes it the latest; best and worst are 0-based attempt positions. */
    public ReviewFixture review(String item, String reviewer, String label, String correction, Integer best, Integer worst) {
        reviewer(reviewer, false);
        db.inTransaction(c -> {
            int revision = 1;
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(revision), 0) + 1 FROM reviews "
                    + "WHERE item_id = ? AND reviewer_id = ?")) {
                ps.setString(1, item);
                ps.setString(2, reviewer);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    revision = rs.getInt(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE reviews SET is_latest = 0 WHERE item_id = ? AND reviewer_id = ?")) {
                ps.setString(1, item);
                ps.setString(2, reviewer);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO reviews (item_id, reviewer_id, revision, label, "
                    + "correction, best_attempt, worst_attempt, none_acceptable, note, submitted_at, is_latest) "
                    + "VALUES (?,?,?,?,?,?,?,0,NULL,?,1)")) {
                ps.setString(1, item);
                ps.setString(2, reviewer);
                ps.setInt(3, revision);
                ps.setString(4, label);
                ps.setString(5, correction);
                ps.setObject(6, best);
                ps.setObject(7, worst);
                ps.setString(8, String.format("2026-11-22T00:00:%02dZ", second++ % 60));
                ps.executeUpdate();
            }
            return null;
        });
        return this;
    }

    public ReviewFixture adjudicate(String item, String lead, String label, String correction) {
        reviewer(lead, true);
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO adjudications (item_id, lead_id, label, correction, "
                    + "best_attempt, worst_attempt, taken_from, note, decided_at) VALUES (?,?,?,?,NULL,NULL,NULL,NULL,?)")) {
                ps.setString(1, item);
                ps.setString(2, lead);
                ps.setString(3, label);
                ps.setString(4, correction);
                ps.setString(5, "2026-11-23T00:00:00Z");
                ps.executeUpdate();
            }
            return null;
        });
        return this;
    }
}
