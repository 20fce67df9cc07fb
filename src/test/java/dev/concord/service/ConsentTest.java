package dev.concord.service;

import dev.concord.model.ProgressListener;
import dev.concord.store.Database;
import dev.concord.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Events that say "consent": false, and the sessions they withdraw, are not stored; the report counts them. */
class ConsentTest {
    @TempDir
    Path dir;

    @Test
    void anEventWithoutConsentIsNotStoredAndIsCounted() throws Exception {
        Database db = TestDatabases.open(dir.resolve("t.db"));
        Path f = Files.writeString(dir.resolve("a.jsonl"), String.join("\n",
                "{\"type\":\"generation\",\"id\":\"g1\",\"session\":\"s1\",\"ts\":\"2026-11-20T10:00:00Z\",\"prompt\":\"q\",\"output\":\"a\"}",
                "{\"type\":\"feedback\",\"generation\":\"g1\",\"ts\":\"2026-11-20T10:01:00Z\",\"rating\":\"down\",\"consent\":false}",
                "{\"id\":\"r1\",\"ts\":\"2026-11-20T10:00:00Z\",\"question\":\"q\",\"answer\":\"a\",\"consent\":false,"
                        + "\"feedback\":{\"rating\":\"up\"}}") + "\n");
        IngestReport r = new ImportService(db).ingest(List.of(f), ProgressListener.NONE);
        assertThat(r.eventsStored()).isEqualTo(1);
        assertThat(r.consent().withheld()).isEqualTo(3);
        assertThat(r.consent().sessionsWithdrawn()).isEqualTo(1);
        assertThat(IngestReportFormatter.format(r)).contains("no consent:         3 events not stored");
        assertThat(count(db, "SELECT COUNT(*) FROM signals")).isZero();
    }

    @Test
    void aSessionThatWithdrawsConsentLosesItsEarlierEventsToo() throws Exception {
        Database db = TestDatabases.open(dir.resolve("t.db"));
        Path first = Files.writeString(dir.resolve("a.jsonl"), String.join("\n",
                "{\"type\":\"generation\",\"id\":\"g1\",\"session\":\"s1\",\"ts\":\"2026-11-20T10:00:00Z\",\"prompt\":\"q\",\"output\":\"a\"}",
                "{\"type\":\"feedback\",\"generation\":\"g1\",\"ts\":\"2026-11-20T10:01:00Z\",\"rating\":\"down\"}",
                "{\"type\":\"generation\",\"id\":\"g9\",\"session\":\"s9\",\"ts\":\"2026-11-20T10:00:00Z\",\"prompt\":\"q\",\"output\":\"b\"}") + "\n");
        new ImportService(db).ingest(List.of(first), ProgressListener.NONE);
        assertThat(count(db, "SELECT COUNT(*) FROM flagged_items")).isEqualTo(1);
        Path second = Files.writeString(dir.resolve("b.jsonl"), String.join("\n",
                "{\"type\":\"generation\",\"id\":\"g2\",\"session\":\"s1\",\"ts\":\"2026-11-20T10:02:00Z\",\"prompt\":\"q2\",\"output\":\"a2\"}",
                "{\"type\":\"session_end\",\"session\":\"s1\",\"ts\":\"2026-11-20T10:03:00Z\",\"outcome\":\"abandoned\",\"consent\":false}") + "\n");

        IngestReport r = new ImportService(db).ingest(List.of(second), ProgressListener.NONE);

        assertThat(r.consent().withheld()).isEqualTo(1);
        assertThat(r.consent().erased()).isEqualTo(3);
        assertThat(count(db, "SELECT COUNT(*) FROM generations WHERE session = 's1'")).isZero();
        assertThat(count(db, "SELECT COUNT(*) FROM flagged_items")).isZero();
        assertThat(count(db, "SELECT COUNT(*) FROM generations")).isEqualTo(1);
        IngestReport again = new ImportService(db).ingest(List.of(first), ProgressListener.NONE);
        assertThat(again.eventsStored()).isZero();
        assertThat(again.consent().forgotten()).isEqualTo(2);
    }

    private static long count(Database db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
