package dev.concord.store;

import dev.concord.review.Viewer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A SQLite database written by Concord before PostgreSQL had migrations of its own (main at c208b5f: 40 log lines
 * ingested, one review imported) still opens: Flyway validates the checksums of V1-V10, only later shared migrations
 * are added after its history (V13 user pseudonyms and tombstones, V17 reviewer logins, V18 output tool calls,
 * V19 evaluator scores), and nothing meant for PostgreSQL runs on it.
 */
@Tag("sqlite-only")
class LegacyDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void aDatabaseCreatedBeforeThePostgresqlMigrationsOpensWithItsDataAndHistoryUnchanged() throws Exception {
        Path file = dir.resolve("legacy.db");
        try (InputStream in = new GZIPInputStream(getClass().getResourceAsStream("/legacy/main-c208b5f.db.gz"))) {
            Files.copy(in, file);
        }
        List<String> before;
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file)) {
            before = history(c);
        }

        Database db = Database.openSqlite(file);

        assertThat(before).hasSize(10).first().asString().startsWith("1 ");
        List<String> after = history(db);
        assertThat(after.subList(0, before.size())).isEqualTo(before);
        assertThat(after.subList(before.size(), after.size())).as("only later shared migrations were added")
                .extracting(v -> v.substring(0, v.indexOf(' '))).containsExactly("13", "17", "18", "19");
        assertThat(new JdbcQueueRepository(db).count(null)).isEqualTo(7);
        assertThat(new ReviewRepository(db).latestVisibleTo(firstReviewedItem(db), new Viewer("lead", true)))
                .extracting(r -> r.reviewerName()).containsExactly("Ann");
    }

    private static List<String> history(Database db) {
        return db.read(LegacyDatabaseTest::history);
    }

    private static List<String> history(java.sql.Connection c) throws java.sql.SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT version, checksum, success FROM flyway_schema_history ORDER BY installed_rank")) {
            while (rs.next()) {
                out.add(rs.getString(1) + " " + rs.getInt(2) + " " + rs.getInt(3));
            }
        }
        return out;
    }

    private static String firstReviewedItem(Database db) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT item_id FROM reviews")) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    @Test
    void aDatabaseAtV18GainsTheEvaluatorScoresOfV19WhenOpened() throws Exception {
        Path file = dir.resolve("at18.db");
        Database.openSqlite(file);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("DROP TABLE evaluator_scores");
            s.executeUpdate("DELETE FROM flyway_schema_history WHERE version = '19'");
        }

        Database db = Database.openSqlite(file);

        assertThat(history(db)).extracting(v -> v.substring(0, v.indexOf(' '))).endsWith("18", "19");
        assertThat(new EvaluatorScoreRepository(db).of("g1")).isEmpty();
    }
}
