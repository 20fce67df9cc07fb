package dev.concord.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** Remembers the last export policy (as its JSON text) in the settings table, so the next export starts from it. */
public final class ExportPolicyStore {
    static final String KEY = "export.policy";

    private final Database db;

    public ExportPolicyStore(Database db) {
        this.db = db;
    }

    public Optional<String> load() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM settings WHERE name = ?")) {
                ps.setString(1, KEY);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    public void save(String json) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO settings (name, value) VALUES (?, ?) "
                    + "ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
                ps.setString(1, KEY);
                ps.setString(2, json);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
