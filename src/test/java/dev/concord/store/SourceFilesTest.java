package dev.concord.store;

import dev.concord.testing.TestDatabases;
import dev.concord.model.ProgressListener;
import dev.concord.service.ImportService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static dev.concord.ingest.Logs.log;
import static org.assertj.core.api.Assertions.assertThat;

class SourceFilesTest {
    @TempDir
    Path dir;

    private static long count(Database db, String sql) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void eachFilesPathIsStoredOnceAndOrphansStillNameTheirFileOldRowsIncluded() throws Exception {
        Database db = TestDatabases.open(dir.resolve("s.db"));
        Path a = log().generation("g1", "s1", "q", "a").up("g1").end("s1", "completed").writeTo(dir.resolve("a.jsonl"));
        Path b = log().generation("g2", "s2", "q", "a").down("nowhere").writeTo(dir.resolve("b.jsonl"));
        new ImportService(db).ingest(List.of(a, b), ProgressListener.NONE);
        new ImportService(db).ingest(List.of(b), ProgressListener.NONE);

        assertThat(count(db, "SELECT COUNT(*) FROM source_files")).isEqualTo(2);
        assertThat(count(db, "SELECT COUNT(*) FROM generations WHERE source_file <> '' OR source_file_id IS NULL")
                + count(db, "SELECT COUNT(*) FROM signals WHERE source_file <> '' OR source_file_id IS NULL")
                + count(db, "SELECT COUNT(*) FROM session_ends WHERE source_file <> '' OR source_file_id IS NULL")).isZero();

        db.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO signals (event_key, kind, generation, ts, source_file, source_line, ingest_run) "
                        + "VALUES ('old|1', 'copy', 'lost', '2026-11-20T10:00:00Z', '/old/a-file.jsonl', 9, 1)");
            }
            return null;
        });
        List<IngestLedger.Orphan> orphans = db.read(c -> IngestLedger.orphans(c, 1, 10));
        assertThat(orphans).extracting(o -> o.file() + ":" + o.line() + ":" + o.generation())
                .containsExactly("/old/a-file.jsonl:9:lost", b + ":2:nowhere");
    }
}
