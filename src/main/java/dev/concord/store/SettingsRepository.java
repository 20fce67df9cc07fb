package dev.concord.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * {@code {"key","id","name"}}) and {@link #OVERLAP}; absent ones read as the defaults.
 */
public final class SettingsRepository {
    public static final String LABELS = "review.labels";
    public static final String OVERLAP = "review.overlap";
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

    static void put(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO settings (name, value) VALUES (?, ?) "
                + "ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, name);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    /** The label set and overlap; the defaults for whatever was never saved. */
    public ReviewSettings reviewSettings() {
        return db.read(SettingsRepository::reviewSettings);
    }

    static ReviewSettings reviewSettings(Connection c) throws SQLException {
        LabelSet labels = get(c, LABELS).map(SettingsRepository::labels).orElse(LabelSet.defaults());
        int overlap = get(c, OVERLAP).map(SettingsRepository::overlap).orElse(ReviewSettings.DEFAULT_OVERLAP);
        return new ReviewSettings(labels, overlap);
    }

    /** Saves both review settings in one transaction. */
    public void save(ReviewSettings settings) {
        db.inTransaction(c -> {
            put(c, LABELS, json(settings.labels()));
            put(c, OVERLAP, Integer.toString(settings.overlap()));
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

    private static int overlap(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new StoreException("setting " + OVERLAP + " is not a number: '" + text + "'", e);
        }
    }
}
