package dev.concord.service;

import dev.concord.model.ProgressListener;
import dev.concord.store.Database;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins every row an ingest stores for two fixture logs with tool calls, tool schemas, content parts, users, a
 * withdrawn consent and personal data in ids, arguments and tool results (one written by hand, one made by the
 * generator), so that work on the speed of parsing and redacting cannot change what is stored. The pseudonym key
 * is fixed; only the clock's columns and the folder's path are left out. If a change of the rules or of the
 * schema is meant to change the rows, print {@link #dump} of a fresh run, check the difference, and pin the new
 * hash.
 */
@Tag("sqlite-only")
class StoredRowsPinTest {
    private static final String PINNED = "1f7887378dbe3d45d6c4f47f620a2f0b4a8ad75d767894796c7627dc36b4cbe0";
    private static final String KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    /** The clock's columns: when a run, a tombstone, an erasure happened. */
    private static final Set<String> CLOCK = Set.of("ingest_runs.started_at", "ingest_runs.finished_at",
            "tombstones.created_at", "erasures.erased_at");

    @TempDir
    Path dir;

    @Test
    void ingestOfTheAgentFixturesStoresExactlyThePinnedRows() throws Exception {
        Path agent = resource("pinned-agent-log.jsonl");
        Path generated = resource("pinned-generated-log.jsonl");
        Path file = dir.resolve("pin.db");
        Database db = Database.openSqlite(file);
        try (Connection c = connect(file); PreparedStatement put = c.prepareStatement("INSERT INTO settings (name, value) VALUES (?, ?)")) {
            put.setString(1, "ingest.id_pseudonym_key");
            put.setString(2, KEY);
            put.executeUpdate();
        }

        IngestReport report = new ImportService(db).ingest(List.of(agent, generated), ProgressListener.NONE);

        assertThat(report.rejectedLines()).isZero();
        assertThat(report.eventsStored()).isEqualTo(236);
        String dump = dump(file).replace(dir.toString(), "<dir>");
        assertThat(dump).contains("tool_calls", "tools_ref", "[EMAIL]-", "user-", "[SECRET]", "[IBAN]")
                .doesNotContain("jane.doe@example.com", "DE89 3704", "hunter2");
        assertThat(sha256(dump)).as("the stored rows changed; their dump:%n%s", dump).isEqualTo(PINNED);
    }

    private Path resource(String name) throws Exception {
        Path target = dir.resolve(name);
        try (InputStream in = StoredRowsPinTest.class.getResourceAsStream("/ingest/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }

    private static Connection connect(Path file) throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    /** Every row of every table but Flyway's, in rowid order, one line each, with the clock's columns left out. */
    static String dump(Path file) throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection c = connect(file); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet t = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                    + "AND name NOT LIKE 'sqlite_%' AND name <> 'flyway_schema_history' ORDER BY name")) {
                while (t.next()) {
                    tables.add(t.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet r = s.executeQuery("SELECT * FROM " + table + " ORDER BY rowid")) {
                    ResultSetMetaData meta = r.getMetaData();
                    while (r.next()) {
                        out.append(table);
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            String column = meta.getColumnName(i);
                            out.append('|').append(column).append('=')
                                    .append(CLOCK.contains(table + "." + column) ? "<clock>" : r.getString(i));
                        }
                        out.append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
