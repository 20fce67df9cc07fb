package dev.concord.store;

import dev.concord.model.Message;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Long system messages, stored once. An agent sends the same system prompt with every generation, so in a
 * log most prompt text is a handful of system prompts (60 % of it in the generated benchmark log, where four
 * distinct system prompts recur 400,000 times). Such a text lives once in {@code prompt_texts}, keyed by a
 * hash of its content, and prompt columns refer to it ({@link PromptColumn}). Because the key is the content's
 * hash, a text once read can be kept in memory for the life of the process, whichever database it came from.
 */
final class PromptTexts {
    /** System messages at least this long are shared; shorter ones cost less inline than as a reference. */
    static final int MIN_SHARED_LENGTH = 64;
    private static final int MAX_RESOLVED = 4_096;
    private static final Map<String, String> RESOLVED = new ConcurrentHashMap<>();

    private PromptTexts() {
    }

    static boolean isShared(Message m) {
        return "system".equals(m.role()) && m.content().length() >= MIN_SHARED_LENGTH;
    }

    /** The text a reference names, from memory or from the connection's database. */
    static String content(Connection c, String hash) throws SQLException {
        String known = RESOLVED.get(hash);
        if (known != null) {
            return known;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT content FROM prompt_texts WHERE hash = ?")) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("corrupt prompt column: no shared text " + hash);
                }
                String content = rs.getString(1);
                if (RESOLVED.size() >= MAX_RESOLVED) {
                    RESOLVED.clear();
                }
                RESOLVED.put(hash, content);
                return content;
            }
        }
    }

    /** Stores shared texts inside the caller's transaction, each once; remembers the recent ones. */
    static final class Writer implements AutoCloseable {
        private static final int REMEMBERED = 256;

        private final PreparedStatement insert;
        private final MessageDigest sha;
        private final Map<String, String> hashes = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > REMEMBERED;
            }
        };

        Writer(Connection c) throws SQLException {
            insert = c.prepareStatement("INSERT INTO prompt_texts (hash, content) VALUES (?, ?) "
                    + "ON CONFLICT (hash) DO NOTHING");
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The reference for a text, storing the text if this writer has not stored it recently. */
        String ref(String content) throws SQLException {
            String known = hashes.get(content);
            if (known != null) {
                return known;
            }
            String hash = HexFormat.of().formatHex(sha.digest(content.getBytes(StandardCharsets.UTF_8)), 0, 16);
            insert.setString(1, hash);
            insert.setString(2, content);
            insert.executeUpdate();
            hashes.put(content, hash);
            return hash;
        }

        @Override
        public void close() throws SQLException {
            insert.close();
        }
    }
}
