package dev.concord.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concord.review.AssignmentMode;
import dev.concord.review.LabelSet;
import dev.concord.review.ReviewLabel;
import dev.concord.review.ReviewSettings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Named settings in the {@code settings} table. Review settings live under {@link #LABELS} (a JSON list of
 * {@code {"key","id","name"}}), {@link #OVERLAP}, {@link #MODE} ({@code complete} or {@code spread}) and
 * {@link #MAX_REVIEWS}; absent ones read as the defaults (the maximum as the overlap + 2).
 */
public final class SettingsRepository {
    public static final String LABELS = "review.labels";
    public static final String OVERLAP = "review.overlap";
    public static final String MODE = "review.assignment";
    public static final String MAX_REVIEWS = "review.max_reviews";
    /** A project's own redaction rules: the text of its rules file (JSON), empty or absent for none. */
    public static final String CUSTOM_RULES = "redact.custom_rules";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Map<String, String>>> LABEL_LIST = new TypeReference<>() {
    };

    private final Database db;

    public SettingsRepository(Database db) {
        this.db = db;
    }

    public Optional<String> get(String name) {
        return db.read(c -> get(c, name));
    }

    static Optional<String> get(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM settings WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public void put(String name, String value) {
        db.inTransaction(c -> {
            put(c, name, value);
            return null;
        });
    }

    /** Whether the connection's login may change the settings (always on SQLite; on PostgreSQL as granted). */
    static boolean mayChange(Connection c) throws SQLException {
        if (!c.getMetaData().getURL().startsWith("jdbc:postgresql:")) {
            return true;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT has_table_privilege('settings', 'DELETE')");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    static void put(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO settings (name, value) VALUES (?, ?) "
                + "ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, name);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    /** The label set, overlap, assignment mode and maximum; the defaults for whatever was never saved. */
    public ReviewSettings reviewSettings() {
        return db.read(SettingsRepository::reviewSettings);
    }

    static ReviewSettings reviewSettings(Connection c) throws SQLException {
        LabelSet labels = get(c, LABELS).map(SettingsRepository::labels).orElse(LabelSet.defaults());
        int overlap = get(c, OVERLAP).map(t -> number(OVERLAP, t)).orElse(ReviewSettings.DEFAULT_OVERLAP);
        AssignmentMode mode = get(c, MODE).map(SettingsRepository::mode).orElse(AssignmentMode.COMPLETE_FIRST);
        int max = get(c, MAX_REVIEWS).map(t -> number(MAX_REVIEWS, t)).orElse(ReviewSettings.defaultMax(overlap));
        try {
            return new ReviewSettings(labels, overlap, mode, Math.max(max, overlap));
        } catch (IllegalArgumentException e) {
            throw new StoreException("review settings are corrupt: " + e.getMessage(), e);
        }
    }

    /**
     * Saves the review settings in one transaction. When the overlap or the maximum changes, every reviewed item's
     * wanted reviews are marked for recomputing ({@link ItemNeeds#STALE}).
     */
    public void save(ReviewSettings settings) {
        db.inTransaction(c -> {
            ReviewSettings before;
            try {
                before = reviewSettings(c);
            } catch (StoreException corrupt) {
                before = null;
            }
            put(c, LABELS, json(settings.labels()));
            put(c, OVERLAP, Integer.toString(settings.overlap()));
            put(c, MODE, settings.mode().code());
            put(c, MAX_REVIEWS, Integer.toString(settings.maxReviews()));
            if (before == null || before.overlap() != settings.overlap() || before.maxReviews() != settings.maxReviews()) {
                put(c, ItemNeeds.STALE, "1");
            }
            return null;
        });
    }

    static String json(LabelSet labels) {
        List<Map<String, String>> list = new ArrayList<>();
        for (ReviewLabel l : labels.labels()) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("key", l.key());
            m.put("id", l.id());
            m.put("name", l.name());
            list.add(m);
        }
        try {
            return JSON.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot encode the label set", e);
        }
    }

    static LabelSet labels(String json) {
        try {
            List<ReviewLabel> out = new ArrayList<>();
            for (Map<String, String> m : JSON.readValue(json, LABEL_LIST)) {
                out.add(new ReviewLabel(m.get("key"), m.get("id"), m.get("name")));
            }
            return new LabelSet(out);
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new StoreException("setting " + LABELS + " is corrupt: " + e.getMessage(), e);
        }
    }

    private static int number(String name, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new StoreException("setting " + name + " is not a number: '" + text + "'", e);
        }
    }

    private static AssignmentMode mode(String text) {
        try {
            return AssignmentMode.fromCode(text);
        } catch (IllegalArgumentException e) {
            throw new StoreException("setting " + MODE + ": " + e.getMessage(), e);
        }
    }
}
