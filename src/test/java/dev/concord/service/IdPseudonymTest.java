package dev.concord.service;

import dev.concord.testing.TestDatabases;
import dev.concord.model.FlagReason;
import dev.concord.model.ProgressListener;
import dev.concord.store.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

/** Ids that hold personal data become keyed pseudonyms: distinct, stable per database, never stored as given. */
class IdPseudonymTest {
    private static final String JANE = "g-jane@example.com";
    private static final String BOB = "g-bob@example.org";

    @TempDir
    Path dir;
    private Database db;
    private ImportService service;

    @BeforeEach
    void open() {
        db = TestDatabases.open(dir.resolve("t.db"));
        service = new ImportService(db);
    }

    @Test
    void twoEmailIdsStayTwoGenerationsWithTheirOwnAnswersAndFeedback() throws Exception {
        Path f = log().generation(JANE, "s-jane@example.com", "q1", "answer for jane").down(JANE)
                .generation(BOB, "s-bob@example.org", "q2", "answer for bob").up(BOB)
                .writeTo(dir.resolve("ids.jsonl"));
        IngestReport r = service.ingest(List.of(f), ProgressListener.NONE);
        assertThat(r.duplicates()).isZero();
        assertThat(r.eventsStored()).isEqualTo(4);
        List<String> rows = strings("SELECT id || ' ' || session || ' ' || output FROM generations ORDER BY output");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).matches("\\[EMAIL]-[0-9a-f]{12} \\[EMAIL]-[0-9a-f]{12} answer for bob");
        assertThat(rows.get(1)).matches("\\[EMAIL]-[0-9a-f]{12} \\[EMAIL]-[0-9a-f]{12} answer for jane");
        assertThat(strings("SELECT g.output || ' ' || s.rating FROM signals s JOIN generations g ON g.id = s.generation "
                + "ORDER BY g.output")).containsExactly("answer for bob up", "answer for jane down");
        assertThat(r.flaggedByReason()).containsEntry(FlagReason.DOWNVOTE_NO_CORRECTION, 1L);
    }

    @Test
    void feedbackForAnUnknownEmailIdAttachesToNoOtherGeneration() throws Exception {
        Path f = log().generation(JANE, "s1", "q", "a").down(BOB).writeTo(dir.resolve("ids.jsonl"));
        IngestReport r = service.ingest(List.of(f), ProgressListener.NONE);
        assertThat(r.orphanEvents()).isEqualTo(1);
        assertThat(r.flaggedItems()).isZero();
        assertThat(r.warnings()).singleElement().asString().doesNotContain("bob").contains("[EMAIL]");
    }

    @Test
    void theSameIdMapsTheSameWayInALaterIngest() throws Exception {
        Path first = log().generation(JANE, "s1", "q", "a").writeTo(dir.resolve("first.jsonl"));
        service.ingest(List.of(first), ProgressListener.NONE);
        Path later = log().down(JANE).line("{\"type\":\"session_end\",\"session\":\"s-jane@example.com\","
                + "\"ts\":\"2026-11-20T11:00:00Z\",\"outcome\":\"completed\"}").writeTo(dir.resolve("later.jsonl"));
        IngestReport r = new ImportService(db).ingest(List.of(later), ProgressListener.NONE);
        assertThat(r.orphanEvents()).isZero();
        assertThat(r.flaggedByReason()).containsEntry(FlagReason.DOWNVOTE_NO_CORRECTION, 1L);
        IngestReport again = new ImportService(db).ingest(List.of(first), ProgressListener.NONE);
        assertThat(again.duplicates()).as("the same id, the same pseudonym").isEqualTo(1);
    }

    @Test
    void theOriginalIdsNeverReachTheDatabaseFile() throws Exception {
        Path f = log().generation(JANE, "s-jane@example.com", "q", "a").down(JANE)
                .retry("g-retry-bob@example.org", "s-jane@example.com", JANE, "again")
                .line("{\"id\":\"r-carol@example.net\",\"ts\":\"2026-11-20T10:00:00Z\",\"question\":\"q\",\"answer\":\"b\"}")
                .writeTo(dir.resolve("ids.jsonl"));
        IngestReport r = service.ingest(List.of(f), ProgressListener.NONE);
        assertThat(r.rejectedLines()).isZero();
        assertThat(strings("SELECT regenerates FROM generations WHERE regenerates IS NOT NULL"))
                .containsExactlyElementsOf(strings("SELECT id FROM generations WHERE output = 'a'"));
        for (String file : List.of("t.db", "t.db-wal", "t.db-shm")) {
            Path p = dir.resolve(file);
            if (Files.exists(p)) {
                String bytes = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                assertThat(bytes).as(file).doesNotContain("jane", "bob@", "retry-bob", "carol");
            }
        }
    }

    private List<String> strings(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
