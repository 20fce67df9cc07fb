package dev.concord.store;

import dev.concord.review.Reviewer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The reviewers: unique names, a lead flag. */
public final class ReviewerRepository {
    private static final String COLUMNS = "id, name, is_lead, created_at";
    private final Database db;

    public ReviewerRepository(Database db) {
        this.db = db;
    }

    /** Everyone, by name. */
    public List<Reviewer> list() {
        return db.read(c -> {
            List<Reviewer> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM reviewers ORDER BY name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(reviewer(rs));
                }
            }
            return out;
        });
    }

    public Optional<Reviewer> find(String id) {
        return db.read(c -> find(c, "id", id));
    }

    public Optional<Reviewer> findByName(String name) {
        return db.read(c -> find(c, "name", name.strip()));
    }

    static Optional<Reviewer> find(Connection c, String column, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM reviewers WHERE " + column + " = ?")) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(reviewer(rs)) : Optional.empty();
            }
        }
    }

    /** The reviewer with this name, created (with a new id) if there is none yet. */
    public Reviewer findOrCreate(String name, boolean lead, Instant now) {
        return db.inTransaction(c -> findOrCreate(c, name, lead, now));
    }

    /**
     * Creates a reviewer with this (stripped) name in one statement, or returns empty if the name is taken: two
     * processes adding the same name at once get one reviewer and one refusal.
     */
    public Optional<Reviewer> create(String name, boolean lead, Instant now) {
        return db.inTransaction(c -> {
            String n = name.strip();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO reviewers (id, name, is_lead, created_at) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT (name) DO NOTHING")) {
                ps.setString(1, UUID.randomUUID().toString());
                ps.setString(2, n);
                ps.setInt(3, lead ? 1 : 0);
                ps.setString(4, Timestamps.format(now));
                if (ps.executeUpdate() == 0) {
                    return Optional.<Reviewer>empty();
                }
            }
            return find(c, "name", n);
        });
    }

    static Reviewer findOrCreate(Connection c, String name, boolean lead, Instant now) throws SQLException {
        String n = name.strip();
        if (n.isEmpty()) {
            throw new IllegalArgumentException("reviewer name is empty");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO reviewers (id, name, is_lead, created_at) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT (name) DO NOTHING")) {
            ps.setString(1, UUID.randomUUID().toString());
            ps.setString(2, n);
            ps.setInt(3, lead ? 1 : 0);
            ps.setString(4, Timestamps.format(now));
            ps.executeUpdate();
        }
        return find(c, "name", n).orElseThrow();
    }

    public void setLead(String id, boolean lead) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE reviewers SET is_lead = ? WHERE id = ?")) {
                ps.setInt(1, lead ? 1 : 0);
                ps.setString(2, id);
                if (ps.executeUpdate() != 1) {
                    throw new StoreException("no reviewer with id " + id);
                }
            }
            return null;
        });
    }

    private static Reviewer reviewer(ResultSet rs) throws SQLException {
        return new Reviewer(rs.getString(1), rs.getString(2), rs.getInt(3) != 0, Timestamps.parse(rs.getString(4)));
    }
}
