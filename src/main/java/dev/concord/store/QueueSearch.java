package dev.concord.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The queue's text search as portable SQL (SQLite and PostgreSQL alike): an item matches when its id, its session,
 * its prompt or one of its answers contains the text, ignoring case. Plain {@code LOWER(..) LIKE ? ESCAPE '!'}
 * with the text's {@code %}, {@code _} and {@code !} escaped, so a search for "100%" finds "100%" and nothing else.
 */
final class QueueSearch {
    private static final String ESCAPE = " ESCAPE '!'";
    /** Binds four parameters: the pattern for id, session, prompt and answers. */
    static final String CLAUSE = "(LOWER(f.id) LIKE ?" + ESCAPE + " OR LOWER(f.session) LIKE ?" + ESCAPE
            + " OR LOWER(f.prompt_json) LIKE ?" + ESCAPE + " OR EXISTS (SELECT 1 FROM attempts a WHERE a.item_id = f.id"
            + " AND LOWER(a.output) LIKE ?" + ESCAPE + "))";
    static final int PARAMETERS = 4;

    private QueueSearch() {
    }

    /** True when the text asks for a search (not null, not blank). */
    static boolean active(String text) {
        return text != null && !text.isBlank();
    }

    /** {@code %text%} in lower case with LIKE's wildcards and the escape character escaped. */
    static String pattern(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(t.length() + 4).append('%');
        for (char ch : t.toCharArray()) {
            if (ch == '%' || ch == '_' || ch == '!') {
                sb.append('!');
            }
            sb.append(ch);
        }
        return sb.append('%').toString();
    }

    /** Binds the search's parameters from {@code first} on; returns the next free index. */
    static int bind(PreparedStatement ps, int first, String text) throws SQLException {
        String p = pattern(text);
        for (int i = 0; i < PARAMETERS; i++) {
            ps.setString(first + i, p);
        }
        return first + PARAMETERS;
    }
}
