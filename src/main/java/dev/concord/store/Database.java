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
    private final String url;
    private final String user;
    private final String password;
    private final String displayName;
    private final Properties sqliteProperties;
    private final boolean readOnly;

    /** Held strongly: java.util.logging keeps loggers weakly, and a collected logger forgets its level. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private Database(String url, String user, String password, String displayName, Properties sqliteProperties,
                     boolean readOnly) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.displayName = displayName;
        this.sqliteProperties = sqliteProperties;
        this.readOnly = readOnly;
    }

    /**
     * Opens (creating if needed) a SQLite database file and migrates it. An existing file that this process may
     * not write, or whose folder it may not write, is opened read-only instead ({@link #openSqliteReadOnly}).
     */
    public static Database openSqlite(Path file) {
        Path abs = file.toAbsolutePath();
        if (Files.isRegularFile(abs) && !(Files.isWritable(abs) && Files.isWritable(abs.getParent()))) {
            return openSqliteReadOnly(abs);
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the folder for " + file + ": " + e.getMessage(), e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(10_000);
        Database db = new Database("jdbc:sqlite:" + file.toAbsolutePath(), null, null,
                file.toAbsolutePath().toString(), config.toProperties(), false);
        db.migrate();
        return db;
    }

    /**
     * Opens an existing SQLite database for reading only: nothing is ever written to it, and when no write-ahead
     * log ({@code -wal}) lies beside it, nothing is created beside it either (it is read as immutable: nobody has
     * it open, since an open WAL database always has its log). With a log, SQLite's read-only mode reads through
     * it, which needs its {@code -shm} file or a folder it may create one in. The schema must be current: a
     * read-only database cannot be migrated.
     *
     * @throws StoreException when the file does not exist, cannot be read, or needs a migration
     */
    public static Database openSqliteReadOnly(Path file) {
        return ReadOnlySqlite.open(file.toAbsolutePath().normalize());
    }

    static Database readOnlySqlite(String url, String displayName, Properties properties) {
        return new Database(url, null, null, displayName, properties, true);
    }

    /**
     * Opens a database by JDBC URL ({@code jdbc:postgresql://...} or {@code jdbc:sqlite:...}) and migrates it. A
     * SQLite URL with {@code mode=ro} ({@code jdbc:sqlite:file:/path/concord.db?mode=ro}) opens it read-only.
     */
    public static Database open(String jdbcUrl, String user, String password) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return ReadOnlySqlite.fromUrl(jdbcUrl.substring("jdbc:sqlite:".length()));
        }
        String shown = jdbcUrl.replaceAll("(?i)password=[^&]*", "password=***");
        Database db = new Database(jdbcUrl, user, password, shown, null, false);
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

    /** Opened read-only: reads work, every write fails. */
    public boolean isReadOnly() {
        return readOnly;
    }

    /** The JDBC URL, for tools (Flyway) that open their own connections. */
    String url() {
        return url;
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
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (Exception e) {
                c.rollback();
                throw e;
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
