package dev.concord.store;

import org.flywaydb.core.Flyway;
import dev.concord.model.CancelledException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

/**
 * A Concord database: SQLite file by default (WAL, foreign keys on), PostgreSQL for teams. Opening it
 * brings the schema up to date with the Flyway migrations in {@code db/migration}. Every unit of work gets
 * its own connection, so background tasks and the UI never share one.
 *
 * <p>On SQLite a transaction takes the write lock when it begins ({@code BEGIN IMMEDIATE}); when another
 * connection or process holds it, the transaction waits as {@link WriteWait} says instead of failing.
 */
public final class Database {
    /** How long a connection waits for another's lock before it reports the database busy. */
    static final int BUSY_TIMEOUT_MS = 10_000;

    private final String url;
    private final PgLogin login;
    private final PgPool pool;
    private final String displayName;
    private final Properties sqliteProperties;
    private final boolean readOnly;
    private final SqliteConnections sqlite;
    private final WriteGate gate;
    private volatile WriteWait writeWait = WriteWait.standard();
    /** Whether this thread is inside a transaction of this database already (then a nested one cannot wait for it). */
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> false);
    private static volatile Runnable connectionCheck = () -> { };

    /** The first try for the write lock: a short wait goes unmentioned. */
    private static final int FIRST_TRY_MS = 1_000;

    /** Held strongly: java.util.logging keeps loggers weakly, and a collected logger forgets its level. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private Database(String url, PgLogin login, String displayName, Properties sqliteProperties, boolean readOnly) {
        this.url = url;
        this.login = login;
        this.pool = login == null ? null : new PgPool(login);
        this.displayName = displayName;
        this.sqliteProperties = sqliteProperties;
        this.readOnly = readOnly;
        this.sqlite = sqliteProperties == null ? null : new SqliteConnections(url, sqliteProperties);
        this.gate = sqliteProperties == null ? null : WriteGate.of(url);
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
        Database db = new Database("jdbc:sqlite:" + file.toAbsolutePath(), null, file.toAbsolutePath().toString(),
                sqlitePragmas(), false);
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
        return new Database(url, null, displayName, properties, true);
    }

    /**
     * Opens what {@code --db} names: a JDBC URL ({@link #open(String, String, String)}, the login from the URL or the
     * environment), or else a SQLite file ({@link #openSqlite}).
     */
    public static Database at(String location) {
        return location.startsWith("jdbc:") ? open(location, null, null) : openSqlite(Path.of(location));
    }

    /**
     * Opens a database by JDBC URL ({@code jdbc:postgresql://...} or {@code jdbc:sqlite:...}) and migrates it. A
     * SQLite URL with {@code mode=ro} ({@code jdbc:sqlite:file:/path/concord.db?mode=ro}) opens it read-only. On
     * PostgreSQL the user and password come from the URL, else these arguments, else {@code PGUSER} /
     * {@code PGPASSWORD}, else the password file ({@code ~/.pgpass}) as {@link PgLogin} says; the password is never
     * shown.
     */
    public static Database open(String jdbcUrl, String user, String password) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return ReadOnlySqlite.fromUrl(jdbcUrl.substring("jdbc:sqlite:".length()));
        }
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new StoreException("unsupported database URL " + PgLogin.hide(jdbcUrl)
                    + ": Concord works with jdbc:postgresql://HOST[:PORT]/DATABASE or a SQLite file");
        }
        PgLogin login = PgLogin.of(jdbcUrl, user, password, System.getenv());
        Database db = new Database(jdbcUrl, login, login.shown(), null, false);
        db.migrate();
        return db;
    }

    /**
     * The schema's migrations: the shared ones, and on PostgreSQL its own (see docs/decisions/0007). In order: a new
     * migration always takes a version above every released one, so no database ever needs one out of order.
     */
    private void migrate() {
        try {
            var config = Flyway.configure().locations(isSqlite() ? new String[] {"classpath:db/migration"}
                    : new String[] {"classpath:db/migration", "classpath:db/postgresql"});
            if (login == null) {
                config.dataSource(url, null, null);
            } else {
                config.dataSource(url, login.properties().getProperty("user"), login.properties().getProperty("password"));
            }
            config.load().migrate();
        } catch (RuntimeException e) {
            throw new StoreException("cannot open database " + displayName + ": " + scrub(reason(e)), e);
        }
    }

    /** The server's or driver's own words when there are some (Flyway wraps them in a banner), else the message. */
    private static String reason(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException && t.getMessage() != null) {
                return t.getMessage();
            }
        }
        return e.getMessage();
    }

    private String scrub(String message) {
        return login == null ? message : login.scrub(message);
    }

    /**
     * The login a PostgreSQL URL connects as, resolved as {@link #open} resolves it (the URL's {@code user}, else
     * {@code user}, else {@code PGUSER}), for messages; null when none is given anywhere.
     */
    public static String loginOf(String jdbcUrl, String user) {
        return PgLogin.of(jdbcUrl, user, null, System.getenv()).user();
    }

    /** A database location as it may be shown: a URL without its password. */
    public static String hidePassword(String location) {
        return PgLogin.hide(location);
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

    /**
     * Runs {@code check} on the calling thread before any database opens a connection; {@code null} removes it.
     * Tests use it to fail when store work runs where it must not (the UI thread).
     */
    public static void checkEachConnection(Runnable check) {
        connectionCheck = check == null ? () -> { } : check;
    }

    /** A new connection; the caller closes it. */
    public Connection connect() throws SQLException {
        connectionCheck.run();
        if (sqlite != null) {
            return sqlite.connect();
        }
        return pool.connect();
    }

    /**
     * Someone works with this SQLite database for a while ({@link WalAnchor}): closed connections are kept for the
     * next unit of work until {@link #letGo} ({@link SqliteConnections}). A no-op on PostgreSQL (its pool keeps them).
     */
    void hold() {
        if (sqlite != null) {
            sqlite.hold();
        }
    }

    /** The holder is done: see {@link #hold}. */
    void letGo() {
        if (sqlite != null) {
            sqlite.letGo();
        }
    }

    /** Sets how long a transaction waits for another writer, and whom it tells (SQLite only). */
    public void waitForWriters(WriteWait wait) {
        this.writeWait = wait;
    }

    /** How long a transaction waits for another writer, and whom it tells. */
    public WriteWait writeWait() {
        return writeWait;
    }

    /**
     * Runs work in one transaction: committed if it returns, rolled back if it throws. On SQLite it first waits
     * for the write lock (see {@link WriteWait}).
     */
    public <T> T inTransaction(SqlWork<T> work) {
        return transaction(work, false);
    }

    /**
     * As {@link #inTransaction}, for a bulk write such as an ingest. Into a SQLite database that holds no events
     * yet and that no other connection is reading, the transaction goes through a rollback journal instead of
     * the WAL ({@link FirstLoad}), so every page is written once instead of twice (into the WAL, then by the
     * checkpoint into the database). Just as atomic; the database is back in WAL mode afterwards. Otherwise it
     * is an ordinary transaction (waiting for other writers as {@link WriteWait} says).
     */
    public <T> T inBulkTransaction(SqlWork<T> work) {
        return transaction(work, isSqlite());
    }

    /**
     * Runs work in one unit of work: one transaction as {@link #inTransaction} runs it (committed if the work
     * returns, rolled back if it throws, on SQLite after waiting for the write lock), with the store bound to it
     * instead of a connection. This is how code outside the store writes in a transaction.
     */
    public <T> T inUnitOfWork(UnitOfWork.Work<T> work) {
        return inTransaction(c -> work.run(new UnitOfWork(c)));
    }

    /** As {@link #inUnitOfWork}, in a bulk transaction ({@link #inBulkTransaction}): for an ingest. */
    public <T> T inBulkUnitOfWork(UnitOfWork.Work<T> work) {
        return inBulkTransaction(c -> work.run(new UnitOfWork(c)));
    }

    private <T> T transaction(SqlWork<T> work, boolean firstLoadAllowed) {
        boolean outer = !inTransaction.get();
        Connection first = outer && firstLoadAllowed ? firstLoad() : null;
        boolean direct = first != null;
        boolean gated = !direct && outer && isSqlite();
        try (Connection c = direct ? first : outer ? begin() : beginDeferred()) {
            inTransaction.set(true);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (Exception e) {
                c.rollback();
                throw e;
            } finally {
                inTransaction.set(!outer);
                if (direct) {
                    c.setAutoCommit(true);
                    FirstLoad.end(c);
                }
                if (gated) {
                    gate.leave();
                }
            }
        } catch (StoreException | CancelledException e) {
            throw e;
        } catch (Exception e) {
            throw new StoreException("database error on " + displayName + ": " + scrub(e.getMessage()), e);
        }
    }

    /**
     * A connection in a new transaction on a database switched to a rollback journal for its first load
     * ({@link FirstLoad}), or null when the switch is not possible (events already stored, another connection
     * open): then the caller begins an ordinary transaction.
     */
    private Connection firstLoad() {
        Connection c = null;
        try {
            c = connect();
            if (FirstLoad.begin(c)) {
                c.setAutoCommit(false);
                return c;
            }
        } catch (SQLException e) {
            // fall back to an ordinary transaction
        }
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // nothing was written on it
            }
        }
        return null;
    }

    /**
     * A connection in a new transaction; on SQLite one that holds the write lock, having passed this file's
     * {@link WriteGate} (the caller leaves it when the transaction ends).
     */
    private Connection begin() throws SQLException {
        if (sqliteProperties == null) {
            return beginDeferred();
        }
        WriteWait wait = writeWait;
        long started = System.nanoTime();
        long limit = wait.limit().toNanos();
        boolean told = false;
        try {
            while (true) {
                long left = limit - (System.nanoTime() - started);
                int tryMs = (int) Math.max(0, Math.min(told ? WriteWait.NOTICE_EVERY.toMillis() : FIRST_TRY_MS,
                        Duration.ofNanos(left).toMillis()));
                if (gate.enter(tryMs)) {
                    Connection c = null;
                    try {
                        c = connect();
                        beginImmediate(c, tryMs);
                        return c;
                    } catch (SQLException | RuntimeException e) {
                        gate.leave();
                        if (c != null) {
                            try {
                                c.close();
                            } catch (SQLException closing) {
                                e.addSuppressed(closing);
                            }
                        }
                        if (!(e instanceof SQLException se && isBusy(se))) {
                            throw e;
                        }
                    }
                }
                Duration waited = Duration.ofNanos(System.nanoTime() - started);
                if (waited.toNanos() >= limit) {
                    throw new StoreException("gave up waiting for the database " + displayName + " after "
                            + wait.limitText() + ": another process is still writing to it (set CONCORD_DB_WAIT"
                            + " to a number of seconds to wait longer)");
                }
                wait.listener().waiting("waiting for the database (another process is writing: " + displayName + ")",
                        waited);
                told = true;
            }
        } finally {
            if (told) {
                wait.listener().done();
            }
        }
    }

    /**
     * A plain transaction: what PostgreSQL gets, and a transaction nested in another of this thread, which would
     * otherwise wait for its own outer one.
     */
    private Connection beginDeferred() throws SQLException {
        Connection c = connect();
        c.setAutoCommit(false);
        return c;
    }

    /**
     * {@code BEGIN IMMEDIATE} with SQLite retrying for up to {@code tryMs}. The driver begins the next transaction
     * as soon as one commits, so the mode is set back to deferred once this one has begun.
     */
    private static void beginImmediate(Connection c, int tryMs) throws SQLException {
        SQLiteConnection s = c.unwrap(SQLiteConnection.class);
        s.setBusyTimeout(tryMs);
        s.getConnectionConfig().setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        try {
            c.setAutoCommit(false);
        } finally {
            s.getConnectionConfig().setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
        }
        s.setBusyTimeout(BUSY_TIMEOUT_MS);
    }

    private static boolean isBusy(SQLException e) {
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            return code != null && ((code.code & 0xff) == SQLiteErrorCode.SQLITE_BUSY.code
                    || (code.code & 0xff) == SQLiteErrorCode.SQLITE_LOCKED.code);
        }
        return false;
    }

    /** Runs read-only work on a fresh connection. */
    public <T> T read(SqlWork<T> work) {
        try (Connection c = connect()) {
            return work.run(c);
        } catch (StoreException | CancelledException e) {
            throw e;
        } catch (Exception e) {
            throw new StoreException("database error on " + displayName + ": " + scrub(e.getMessage()), e);
        }
    }

    /** Work done with a connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws Exception;
    }
}
