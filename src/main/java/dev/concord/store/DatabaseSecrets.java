package dev.concord.store;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Random secrets that belong to one database, kept (hex) in its settings table and created on first use
 * inside the caller's transaction: rolled back with it, so a key exists exactly when data made with it does.
 */
public final class DatabaseSecrets {
    /** The key of the id pseudonyms ({@code dev.concord.redact.Pseudonyms}). */
    public static final String ID_PSEUDONYM_KEY = "ingest.id_pseudonym_key";

    private DatabaseSecrets() {
    }

    /** The secret of that name, created with {@code bytes} random bytes if the database has none yet. */
    public static byte[] getOrCreate(Connection c, String name, int bytes) throws SQLException {
        Optional<String> known = SettingsRepository.get(c, name);
        if (known.isPresent()) {
            try {
                return HexFormat.of().parseHex(known.get().strip());
            } catch (IllegalArgumentException e) {
                throw new StoreException("setting " + name + " is corrupt (not hex)", e);
            }
        }
        byte[] secret = new byte[bytes];
        new SecureRandom().nextBytes(secret);
        SettingsRepository.put(c, name, HexFormat.of().formatHex(secret));
        return secret;
    }
}
