package dev.concord.store;

import org.flywaydb.core.Flyway;
import dev.concord.model.CancelledException;
import org.sqlite.SQLiteConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A Concord database: SQLite file by default (WAL, foreign keys on), PostgreSQL for teams. Opening it
 * brings the schema up to date with the Flyway migrations in {@code db/migration}. Every unit of work gets
 * its own connection, so background tasks and the UI never share one.
 */
public final class Database {
    /** How long a connection waits for another's lock before it reports the database busy. */
    static final int BUSY_TIMEOUT_MS = 10_000;

    private final String url;
    private final String user;
    private final String password;
    private final String displayName;
    private final Properties sqliteProperties;

    /** Held strongly: java.util.logging keeps loggers weakly, and a collected logger forgets its level. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private Database(String url, String user, String password, String displayName, Properties sqliteProperties) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.displayName = displayName;
        this.sqliteProperties = sqliteProperties;
    }

    /** Opens (creating if needed) a SQLite database file and migrates it. */
    public static Database openSqlite(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the folder for " + file + ": " + e.getMessage(), e);
        }
        Database db = new Database("jdbc:sqlite:" + file.toAbsolutePath(), null, null,
                file.toAbsolutePath().toString(), sqlitePragmas());
        db.migrate();
        return db;
    }

    /** The connection settings of every Concord SQLite database: WAL, synchronous NORMAL, foreign keys on. */
    static Properties sqlitePragmas() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        return config.toProperties();
    }

    /** Opens a database by JDBC URL ({@code jdbc:postgresql://...} or {@code jdbc:sqlite:...}) and migrates it. */
    public static Database open(String jdbcUrl, String user, String password) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return openSqlite(Path.of(jdbcUrl.substring("jdbc:sqlite:".length())));
        }
        String shown = jdbcUrl.replaceAll("(?i)password=[^&]*", "password=***");
        Database db = new Database(jdbcUrl, user, password, shown, null);
        db.migrate();
        return db;
    }

    private void migrate() {
        try {
            Flyway.configure()
                    .dataSource(url, user, password)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new StoreException("cannot open database " + displayName + ": " + e.getMessage(), e);
        }
    }

    /** What to show a person: the file path or the redacted URL. */
    public String displayName() {
        return displayName;
    }

    public boolean isSqlite() {
        return sqliteProperties != null;
    }

    /** A new connection; the caller closes it. */
    public Connection connect() throws SQLException {
        if (sqliteProperties != null) {
            return DriverManager.getConnection(url, sqliteProperties);
        }
        return DriverManager.getConnection(url, user, password);
    }

    /** Runs work in one transaction: committed if it returns, rolled back if it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        return transaction(work, false);
    }

    /**
     * As {@link #inTransaction}, for a bulk write such as an ingest. Into a SQLite database that holds no events
     * yet and that no other connection is reading, the transaction goes through a rollback journal instead of
     * the WAL ({@link FirstLoad}), so every page is written once instead of twice (into the WAL, then by the
     * checkpoint into the database). Just as atomic; the database is back in WAL mode afterwards.
     */
    public <T> T inBulkTransaction(SqlWork<T> work) {
        return transaction(work, isSqlite());
    }

    private <T> T transaction(SqlWork<T> work, boolean firstLoadAllowed) {
        try (Connection c = connect()) {
            boolean direct = firstLoadAllowed && FirstLoad.begin(c);
            try {
                c.setAutoCommit(false);
                try {
                    T result = work.run(c);
                    c.commit();
                    return result;
                } catch (Exception e) {
                    c.rollback();
                    throw e;
                }
            } finally {
                if (direct) {
                    c.setAutoCommit(true);
                    FirstLoad.end(c);
                }
            }
        } catch (StoreException | CancelledException e) {
            throw e;
        } catch (Exception e) {
            throw new StoreException("database error on " + displayName + ": " + e.getMessage(), e);
        }
    }

    /** Runs read-only work on a fresh connection. */
    public <T> T read(SqlWork<T> work) {
        try (Connection c = connect()) {
            return work.run(c);
        } catch (StoreException | CancelledException e) {
            throw e;
        } catch (Exception e) {
            throw new StoreException("database error on " + displayName + ": " + e.getMessage(), e);
        }
    }

    /** Work done with a connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws Exception;
    }
}
