package dev.concord.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Who connects to a PostgreSQL database and how the URL is shown. The user and password come from the URL
 * ({@code ?user=...&password=...}), else from the arguments (the CLI passes {@code CONCORD_DB_USER} /
 * {@code CONCORD_DB_PASSWORD}), else from the environment as {@code psql} reads it ({@code PGUSER},
 * {@code PGPASSWORD}); with no password anywhere, the driver looks it up in the PostgreSQL password file
 * ({@code ~/.pgpass}, or {@code PGPASSFILE}). The password is never part of the shown name nor of an error message.
 */
record PgLogin(String url, Properties properties, String shown) {
    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)([?&]password=)[^&\\s]*");

    static PgLogin of(String url, String user, String password, Map<String, String> env) {
        Properties p = new Properties();
        String fromUrlUser = param(url, "user");
        String fromUrlPassword = param(url, "password");
        String u = firstOf(fromUrlUser, user, env.get("PGUSER"));
        String pw = firstOf(fromUrlPassword, password, env.get("PGPASSWORD"));
        if (u != null && fromUrlUser == null) {
            p.setProperty("user", u);
        }
        if (pw != null && fromUrlPassword == null) {
            p.setProperty("password", pw);
        }
        return new PgLogin(url, p, hide(url));
    }

    /** The login this connects as: the URL's {@code user}, else the one given or the environment's; null if none. */
    String user() {
        return firstOf(param(url, "user"), properties.getProperty("user"));
    }

    /** The URL without its password. */
    static String hide(String url) {
        return PASSWORD_PARAM.matcher(url).replaceAll("$1***");
    }

    /** Passwords shorter than this are masked only where a URL gives them ({@code password=...}). */
    static final int MASKED_ALONE = 4;

    /**
     * The text with this login's password (as given or as written in the URL) masked: in any URL's
     * {@code password=} parameter, and elsewhere as a whole token (not inside a longer word) when it has at least
     * {@value #MASKED_ALONE} characters, so that a one-letter password does not turn "exist" into "e***ist".
     */
    String scrub(String text) {
        if (text == null) {
            return null;
        }
        String out = hide(text.replace(url, shown));
        for (String secret : new String[] {properties.getProperty("password"), rawParam(url, "password"),
                param(url, "password")}) {
            if (secret != null && secret.length() >= MASKED_ALONE) {
                out = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(secret) + "(?![\\p{L}\\p{N}])")
                        .matcher(out).replaceAll("***");
            }
        }
        return out;
    }

    private static String firstOf(String... values) {
        for (String v : values) {
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return null;
    }

    private static String param(String url, String name) {
        String raw = rawParam(url, name);
        return raw == null ? null : URLDecoder.decode(raw, StandardCharsets.UTF_8);
    }

    private static String rawParam(String url, String name) {
        int q = url.indexOf('?');
        if (q < 0) {
            return null;
        }
        for (String pair : url.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equalsIgnoreCase(name)) {
                return pair.substring(eq + 1);
            }
        }
        return null;
    }
}
