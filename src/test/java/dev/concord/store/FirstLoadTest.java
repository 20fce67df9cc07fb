package dev.concord.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@org.junit.jupiter.api.Tag("sqlite-only")
class FirstLoadTest {
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.openSqlite(dir.resolve("f.db"));
    }

    private static String journalMode(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void insertSession(Connection c, String id) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO session_ends (event_key, session, ts, outcome, source_file, source_line, ingest_run) "
                    + "VALUES ('" + id + "', '" + id + "', '2026-11-20T10:00:00Z', 'completed', 'f', 1, 1)");
        }
    }

    private long sessionEnds() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM session_ends")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void aFirstLoadBypassesTheWalAndLeavesTheDatabaseInWalModeWithItsRows() {
        String during = db.inBulkTransaction(c -> {
            insertSession(c, "s1");
            return journalMode(c);
        });

        assertThat(during).isEqualToIgnoringCase("delete");
        assertThat(sessionEnds()).isEqualTo(1);
        assertThat(db.read(FirstLoadTest::journalMode)).isEqualToIgnoringCase("wal");
    }

    @Test
    void aFailedFirstLoadLeavesTheDatabaseEmptyAndInWalMode() {
        assertThatThrownBy(() -> db.inBulkTransaction(c -> {
            insertSession(c, "s1");
            throw new IllegalStateException("stop");
        })).hasMessageContaining("stop");

        assertThat(sessionEnds()).isZero();
        assertThat(db.read(FirstLoadTest::journalMode)).isEqualToIgnoringCase("wal");
        assertThat(Files.exists(dir.resolve("f.db-journal"))).isFalse();
    }

    @Test
    void aDatabaseThatHoldsEventsIsLoadedThroughTheWal() {
        db.inBulkTransaction(c -> {
            insertSession(c, "s1");
            return null;
        });
        String during = db.inBulkTransaction(c -> {
            insertSession(c, "s2");
            return journalMode(c);
        });

        assertThat(during).isEqualToIgnoringCase("wal");
        assertThat(sessionEnds()).isEqualTo(2);
    }

    @Test
    void whileAnotherConnectionIsReadingTheFirstLoadGoesThroughTheWal() throws Exception {
        try (Connection reader = db.connect()) {
            try (Statement s = reader.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM generations")) {
                assertThat(rs.next()).isTrue();
            }
            String during = db.inBulkTransaction(c -> {
                insertSession(c, "s1");
                return journalMode(c);
            });
            assertThat(during).isEqualToIgnoringCase("wal");
        }
        assertThat(sessionEnds()).isEqualTo(1);
    }

    @Test
    void aConnectionOpenedDuringAFirstLoadIsRefusedAndTheDatabaseOpensNormallyAfterwards() {
        boolean opened = db.inBulkTransaction(c -> {
            insertSession(c, "s1");
            try (Connection other = db.connect()) {
                return true;
            } catch (SQLException locked) {
                return false;
            }
        });
        assertThat(opened).isFalse();
        assertThat(sessionEnds()).isEqualTo(1);
        assertThat(db.read(FirstLoadTest::journalMode)).isEqualToIgnoringCase("wal");
    }
}
