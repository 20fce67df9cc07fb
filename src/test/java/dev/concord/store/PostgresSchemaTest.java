package dev.concord.store;

import dev.concord.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** On PostgreSQL every text column compares in code point order, as on SQLite, also columns added after V10. */
class PostgresSchemaTest {
    @TempDir
    Path dir;

    @Test
    void everyTextColumnSortsByCodePointIncludingOnesAddedLater() {
        assumeTrue(TestDatabases.postgres(), "PostgreSQL's collations");
        String location = TestDatabases.location(dir.resolve("schema.db"));
        Database db = Database.at(location);
        db.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE later_table (name TEXT NOT NULL)");
            }
            return null;
        });

        Database reopened = Database.at(location);

        List<String> notC = reopened.read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT table_name || '.' || column_name "
                    + "FROM information_schema.columns WHERE table_schema = current_schema() AND data_type = 'text' "
                    + "AND table_name <> 'flyway_schema_history' AND collation_name IS DISTINCT FROM 'C'")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
        assertThat(notC).isEmpty();
        List<String> ids = List.of("b", "B", "a_b", "a-b", "aB", "ab", "é", "z");
        List<String> sorted = reopened.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM later_table ORDER BY name")) {
                try (Statement s = c.createStatement()) {
                    for (String id : ids) {
                        s.execute("INSERT INTO later_table VALUES ('" + id + "')");
                    }
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
        assertThat(sorted).isEqualTo(ids.stream().sorted().toList());
    }
}
