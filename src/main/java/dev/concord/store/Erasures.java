package dev.concord.store;

import static dev.concord.model.TombstoneKind.GENERATION;
import static dev.concord.model.TombstoneKind.SESSION;
import static dev.concord.model.TombstoneKind.USER;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Erasing whole sessions and everything derived from them, inside the caller's transaction: their events (with the
 * evaluator scores of their generations), their
 * flagged items with the reviews, decisions, skips and reservations of those items, their automatic candidates,
 * and shared prompt texts nobody refers to any more. The same steps count instead of delete for a preview, so the
 * counts a confirm dialog shows are the counts the erasure reports. Also the tombstones that keep forgotten data
 * out of later ingests, and the log of erasures (counts and keyed hashes, never content).
 */
public final class Erasures {
    private static final String ITEMS = "SELECT id FROM flagged_items WHERE session = ?";
    private static final List<String> ITEM_CHILDREN = List.of("reviews", "adjudications", "skips", "reservations",
            "attempts", "flagged_item_reasons");

    private Erasures() {
    }

    /** The sessions holding an event of this user pseudonym (a generation, a session end, a signal on a generation). */
    public static Set<String> sessionsOfUser(Connection c, String userKey) throws SQLException {
        return strings(c, "SELECT session FROM generations WHERE user_key = ? "
                + "UNION SELECT session FROM session_ends WHERE user_key = ? "
                + "UNION SELECT g.session FROM signals s JOIN generations g ON g.id = s.generation WHERE s.user_key = ?",
                userKey, userKey, userKey);
    }

    /** Those of the given session ids that the database holds (as a generation, session end or flagged item). */
    public static Set<String> storedSessions(Connection c, Collection<String> sessions) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        for (String s : sessions) {
            out.addAll(strings(c, "SELECT session FROM generations WHERE session = ? UNION SELECT session FROM session_ends "
                    + "WHERE session = ? UNION SELECT session FROM flagged_items WHERE session = ?", s, s, s));
        }
        return out;
    }

    /**
     * The sessions whose stored text contains {@code text}, ignoring case: a prompt (also a shared system text),
     * an answer, a correction, comment or edit, or a review's or decision's correction or note of one of its items.
     */
    public static Set<String> sessionsMatching(Connection c, String text) throws SQLException {
        String like = "%" + text.toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        String m = " LIKE ? ESCAPE '!'";
        Set<String> out = new LinkedHashSet<>(strings(c, "SELECT session FROM generations WHERE lower(output)" + m
                + " OR lower(prompt_json)" + m, like, like));
        out.addAll(strings(c, "SELECT g.session FROM signals s JOIN generations g ON g.id = s.generation "
                + "WHERE lower(s.body)" + m + " OR lower(s.comment)" + m, like, like));
        out.addAll(strings(c, "SELECT g.session FROM evaluator_scores e JOIN generations g ON g.id = e.generation "
                + "WHERE lower(e.comment)" + m + " OR lower(e.label)" + m, like, like));
        out.addAll(strings(c, "SELECT f.session FROM reviews r JOIN flagged_items f ON f.id = r.item_id "
                + "WHERE lower(r.correction)" + m + " OR lower(r.note)" + m, like, like));
        out.addAll(strings(c, "SELECT f.session FROM adjudications a JOIN flagged_items f ON f.id = a.item_id "
                + "WHERE lower(a.correction)" + m + " OR lower(a.note)" + m, like, like));
        for (String hash : strings(c, "SELECT hash FROM prompt_texts WHERE lower(content)" + m, like)) {
            out.addAll(strings(c, "SELECT session FROM generations WHERE prompt_json LIKE ?", "%\"ref\":\"" + hash + "\"%"));
        }
        return out;
    }

    /** The generation ids of a session. */
    public static Set<String> generationsOf(Connection c, String session) throws SQLException {
        return strings(c, "SELECT id FROM generations WHERE session = ?", session);
    }

    /**
     * Erases the sessions and everything derived from them ({@code erase}), or only counts what that would erase.
     * Signals of the user {@code userKey} (may be null) whose generation was never stored go too.
     */
    public static ErasedCounts sessions(Connection c, Collection<String> sessions, String userKey, boolean erase)
            throws SQLException {
        ErasedCounts total = ErasedCounts.NONE;
        Set<String> promptRefs = new HashSet<>();
        for (String s : sessions) {
            long reviews = count(c, "SELECT COUNT(*) FROM reviews WHERE is_latest = 1 AND item_id IN (" + ITEMS + ")", s)
                    + count(c, "SELECT COUNT(*) FROM adjudications WHERE item_id IN (" + ITEMS + ")", s);
            for (String child : ITEM_CHILDREN) {
                step(c, erase, child + " WHERE item_id IN (" + ITEMS + ")", s);
            }
            long items = step(c, erase, "flagged_items WHERE session = ?", s);
            long candidates = step(c, erase, "candidates WHERE session = ?", s);
            long events = step(c, erase, "signals WHERE generation IN (SELECT id FROM generations WHERE session = ?)", s);
            events += step(c, erase, "evaluator_scores WHERE generation IN (SELECT id FROM generations WHERE session = ?)", s);
            if (erase) {
                promptRefs.addAll(strings(c, "SELECT prompt_json FROM generations WHERE session = ? AND prompt_json LIKE "
                        + "'%\"ref\":%'", s));
            }
            events += step(c, erase, "generations WHERE session = ?", s);
            events += step(c, erase, "session_ends WHERE session = ?", s);
            total = total.plus(new ErasedCounts(events + items + candidates > 0 ? 1 : 0, events, items, candidates, reviews));
        }
        if (userKey != null) {
            long orphans = step(c, erase, "signals WHERE user_key = ? AND generation NOT IN (SELECT id FROM generations)", userKey);
            total = total.plus(new ErasedCounts(0, orphans, 0, 0, 0));
        }
        if (erase) {
            dropUnreferencedTexts(c, promptRefs);
        }
        return total;
    }

    private static void dropUnreferencedTexts(Connection c, Set<String> promptColumns) throws SQLException {
        Set<String> hashes = new HashSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"ref\":\"([0-9a-f]+)\"").matcher("");
        for (String column : promptColumns) {
            m.reset(column);
            while (m.find()) {
                hashes.add(m.group(1));
            }
        }
        for (String hash : hashes) {
            String ref = "%\"ref\":\"" + hash + "\"%";
            if (count(c, "SELECT COUNT(*) FROM generations WHERE prompt_json LIKE ?", ref) == 0
                    && count(c, "SELECT COUNT(*) FROM flagged_items WHERE prompt_json LIKE ?", ref) == 0) {
                update(c, "DELETE FROM prompt_texts WHERE hash = ?", hash);
            }
        }
    }

    /** Names a forgotten value by a keyed hash ({@code dev.concord.redact.Pseudonyms#tombstone}). */
    @FunctionalInterface
    public interface Hasher {
        String hash(String kind, String value);
    }

    /**
     * Forgets the sessions (and the user {@code userKey}, may be null): erases them with everything derived, records
     * a tombstone for each session, each of its generations and the user, and logs the erasure under {@code kind}
     * and the hash of {@code target} when anything was erased or newly tombstoned. Idempotent.
     */
    public static ErasedCounts forget(Connection c, Set<String> sessions, String userKey, Hasher hasher, String kind,
                                      String target, Instant now) throws SQLException {
        boolean fresh = false;
        for (String s : sessions) {
            for (String g : generationsOf(c, s)) {
                fresh |= tombstone(c, hasher.hash(GENERATION, g), GENERATION, now);
            }
            fresh |= tombstone(c, hasher.hash(SESSION, s), SESSION, now);
        }
        if (userKey != null) {
            fresh |= tombstone(c, hasher.hash(USER, userKey), USER, now);
        }
        ErasedCounts erased = sessions(c, sessions, userKey, true);
        if (fresh || !erased.isEmpty()) {
            log(c, now, kind, hasher.hash(kind, target), erased);
        }
        return erased;
    }

    /** Records a tombstone; false when it was there already. */
    public static boolean tombstone(Connection c, String hash, String kind, Instant now) throws SQLException {
        return update(c, "INSERT INTO tombstones (hash, kind, created_at) VALUES (?, ?, ?) ON CONFLICT (hash) DO NOTHING",
                hash, kind, now.toString()) > 0;
    }

    /** Every tombstone hash (few: one per forgotten user, session and generation). */
    public static Set<String> tombstones(Connection c) throws SQLException {
        return strings(c, "SELECT hash FROM tombstones");
    }

    /** Adds a row to the erasure log. */
    public static void log(Connection c, Instant at, String kind, String targetHash, ErasedCounts n) throws SQLException {
        long id;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM erasures")) {
            rs.next();
            id = rs.getLong(1);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO erasures (id, erased_at, kind, target_hash, sessions, "
                + "events, items, candidates, reviews) VALUES (?,?,?,?,?,?,?,?,?)")) {
            ps.setLong(1, id);
            ps.setString(2, at.toString());
            ps.setString(3, kind);
            ps.setString(4, targetHash);
            ps.setLong(5, n.sessions());
            ps.setLong(6, n.events());
            ps.setLong(7, n.items());
            ps.setLong(8, n.candidates());
            ps.setLong(9, n.reviews());
            ps.executeUpdate();
        }
    }

    /** The erasure log summed, read in its own transaction: for the export's manifest. */
    public static Totals totals(Database db) {
        return db.read(c -> totals(c));
    }

    /** The erasure log summed: how many requests erased something, and what in all. */
    static Totals totals(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*), COALESCE(SUM(sessions), 0), "
                + "COALESCE(SUM(events), 0), COALESCE(SUM(items), 0), COALESCE(SUM(candidates), 0), "
                + "COALESCE(SUM(reviews), 0) FROM erasures")) {
            rs.next();
            return new Totals(rs.getLong(1), new ErasedCounts(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                    rs.getLong(6)));
        }
    }

    /** The erasure log summed. */
    public record Totals(long requests, ErasedCounts erased) {
    }

    private static long step(Connection c, boolean erase, String fromWhere, String param) throws SQLException {
        return erase ? update(c, "DELETE FROM " + fromWhere, param) : count(c, "SELECT COUNT(*) FROM " + fromWhere, param);
    }

    private static long count(Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement ps = prepared(c, sql, params); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static int update(Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement ps = prepared(c, sql, params)) {
            return ps.executeUpdate();
        }
    }

    private static Set<String> strings(Connection c, String sql, String... params) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        try (PreparedStatement ps = prepared(c, sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (rs.getString(1) != null) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static PreparedStatement prepared(Connection c, String sql, String... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setString(i + 1, params[i]);
        }
        return ps;
    }
}
