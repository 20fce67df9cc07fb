package dev.concord.store;

import java.sql.SQLException;
import java.util.Locale;

/** What kind of store failure an exception is, for messages that say what to do next (no SQL outside the store). */
public enum StoreFailure {
    /** The file is not a SQLite database, or it is damaged. */
    NOT_A_DATABASE,
    /** The connection to the database server broke (SQLState class 08), or the server went away. */
    CONNECTION_LOST,
    /** The database refused the login this (PostgreSQL's {@code insufficient_privilege}, 42501: a grant or a row policy). */
    REFUSED,
    /** Anything else. */
    OTHER;

    /** Classifies a failure by its causes' SQL states and SQLite result codes. */
    public static StoreFailure of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return CONNECTION_LOST;
            }
            if (t instanceof SQLException sql && "42501".equals(sql.getSQLState())) {
                return REFUSED;
            }
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("sqlite_notadb") || m.contains("sqlite_corrupt") || m.contains("not a database")
                    || m.contains("malformed")) {
                return NOT_A_DATABASE;
            }
        }
        return OTHER;
    }
}
