package dev.concord.service;

import dev.concord.testing.TestDatabases;
import dev.concord.generate.GeneratorOptions;
import dev.concord.generate.LogGenerator;
import dev.concord.ingest.FlagRules;
import dev.concord.model.ProgressListener;
import dev.concord.redact.Redactor;
import dev.concord.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static dev.concord.ingest.Logs.log;
import static org.assertj.core.api.Assertions.assertThat;

/** Re-deriving only the sessions an ingest touched must give exactly the queue a full rebuild gives. */
class IncrementalRebuildTest {
    @TempDir
    Path dir;

    private Path generated(int sessions, long seed, String name) throws Exception {
        Path f = dir.resolve(name);
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            new LogGenerator(GeneratorOptions.defaults(sessions, seed)).write(w);
        }
        return f;
    }

    @Test
    void ingestingInPartsGivesTheSameQueueAsIngestingAtOnce() throws Exception {
        Path big = generated(300, 11, "big.jsonl");
        List<String> lines = Files.readAllLines(big);
        Path first = Files.write(dir.resolve("first.jsonl"), lines.subList(0, lines.size() / 2));
        Path second = Files.write(dir.resolve("second.jsonl"), lines.subList(lines.size() / 2, lines.size()));
        Path later = log().generation("late-1", "late-s", "q", "a").down("late-1")
                .line("{\"type\":\"feedback\",\"generation\":\"" + firstGenerationId(lines) + "\",\"ts\":\"2026-11-23T10:00:00Z\",\"rating\":\"down\"}")
                .writeTo(dir.resolve("later.jsonl"));

        Database whole = TestDatabases.open(dir.resolve("whole.db"));
        new ImportService(whole).ingest(List.of(big, later), ProgressListener.NONE);

        Database parts = TestDatabases.open(dir.resolve("parts.db"));
        ImportService service = new ImportService(parts);
        IngestReport r1 = service.ingest(List.of(first), ProgressListener.NONE);
        IngestReport r2 = service.ingest(List.of(second), ProgressListener.NONE);
        IngestReport r3 = service.ingest(List.of(later), ProgressListener.NONE);

        assertThat(r1.sessionsRebuilt()).isEqualTo(r1.sessions());
        assertThat(r3.sessionsRebuilt()).as("only the new session and the one that got feedback").isEqualTo(2);
        assertThat(r3.sessions()).isGreaterThan(300);
        assertThat(dump(parts)).isEqualTo(dump(whole));
        assertThat(r2.flaggedItems()).isPositive();
    }

    @Test
    void changingTheRegenerationThresholdRebuildsEverySession() throws Exception {
        Path f = generated(120, 5, "log.jsonl");
        Database db = TestDatabases.open(dir.resolve("t.db"));
        new ImportService(db).ingest(List.of(f), ProgressListener.NONE);
        Path tiny = log().generation("x1", "xs", "q", "a").writeTo(dir.resolve("tiny.jsonl"));
        IngestReport same = new ImportService(db).ingest(List.of(tiny), ProgressListener.NONE);
        assertThat(same.sessionsRebuilt()).isEqualTo(1);
        IngestReport changed = new ImportService(db, Redactor.standard(), new FlagRules(2))
                .ingest(List.of(tiny), ProgressListener.NONE);
        assertThat(changed.sessionsRebuilt()).isEqualTo(changed.sessions());

        Database fresh = TestDatabases.open(dir.resolve("fresh.db"));
        new ImportService(fresh, Redactor.standard(), new FlagRules(2)).ingest(List.of(f, tiny), ProgressListener.NONE);
        assertThat(dump(db)).isEqualTo(dump(fresh));
    }

    private static String firstGenerationId(List<String> lines) {
        for (String l : lines) {
            if (l.contains("\"type\":\"generation\"")) {
                int i = l.indexOf("\"id\":\"") + 6;
                return l.substring(i, l.indexOf('"', i));
            }
        }
        throw new IllegalStateException("no generation");
    }

    private static List<String> dump(Database db) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String q : List.of(
                    "SELECT id || '|' || reasons || '|' || attempt_count || '|' || headline FROM flagged_items ORDER BY id",
                    "SELECT item_id || '|' || position || '|' || generation_id || '|' || COALESCE(rating, '') FROM attempts ORDER BY item_id, position",
                    "SELECT id || '|' || chosen || '|' || COALESCE(rejected, '') || '|' || reason FROM candidates ORDER BY id")) {
                try (ResultSet rs = s.executeQuery(q)) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
            }
        }
        return rows;
    }
}
