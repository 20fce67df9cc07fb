package dev.concord.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConnection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** Connections kept for reuse while a SQLite database is held ({@link WalAnchor}, {@link SqliteConnections}). */
@org.junit.jupiter.api.Tag("sqlite-only")
class SqliteConnectionsTest {
    @TempDir
    Path dir;

    private static long settings(Database db) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM settings")) {
                return Sql.single(ps);
            }
        });
    }

    private static void put(Database db, String name) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO settings (name, value) VALUES (?, 'x')")) {
                ps.setString(1, name);
                return ps.executeUpdate();
            }
        });
    }

    @Test
    void whileHeldAClosedConnectionIsUsedAgain() throws Exception {
        Database db = Database.openSqlite(dir.resolve("a.db"));
        try (WalAnchor anchor = WalAnchor.hold(db)) {
            SQLiteConnection first;
            try (Connection c = db.connect()) {
                first = c.unwrap(SQLiteConnection.class);
            }
            try (Connection c = db.connect()) {
                assertThat(c.unwrap(SQLiteConnection.class)).isSameAs(first);
            }
        }
    }

    @Test
    void aConnectionClosedWithItsQueryStillOpenGivesTheNextUserTheCurrentData() throws Exception {
        Database db = Database.openSqlite(dir.resolve("a.db"));
        try (WalAnchor anchor = WalAnchor.hold(db)) {
            long before = settings(db);
            Connection c = db.connect();
            Statement s = c.createStatement();
            ResultSet open = s.executeQuery("SELECT name FROM settings UNION ALL SELECT 'a' UNION ALL SELECT 'b'");
            assertThat(open.next()).isTrue();
            c.close();
            put(db, "test.fresh");
            assertThat(settings(db)).as("a snapshot left open would still show the old count").isEqualTo(before + 1);
            assertThat(s.isClosed()).isTrue();
        }
    }

    @Test
    void aTransactionLeftOpenIsRolledBackWhenItsConnectionCloses() throws Exception {
        Database db = Database.openSqlite(dir.resolve("a.db"));
        try (WalAnchor anchor = WalAnchor.hold(db)) {
            long before = settings(db);
            Connection c = db.connect();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO settings (name, value) VALUES ('test.lost', 'x')");
            }
            c.close();
            assertThat(settings(db)).isEqualTo(before);
            put(db, "test.after");
            assertThat(settings(db)).as("the write lock was let go").isEqualTo(before + 1);
        }
    }

    @Test
    void theLogIsGoneOnceTheLastHolderLetsGo() throws Exception {
        Path file = dir.resolve("a.db");
        Database db = Database.openSqlite(file);
        long before = settings(db);
        WalAnchor one = WalAnchor.hold(db);
        WalAnchor two = WalAnchor.hold(db);
        put(db, "test.one");
        settings(db);
        one.close();
        one.close();
        assertThat(Files.exists(Path.of(file + "-wal"))).as("still held").isTrue();
        two.close();
        assertThat(Files.exists(Path.of(file + "-wal"))).isFalse();
        assertThat(settings(db)).isEqualTo(before + 1);
    }
}
