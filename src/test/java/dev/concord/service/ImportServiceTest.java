package dev.concord.service;

import dev.concord.testing.TestDatabases;
import dev.concord.model.CancelledException;
import dev.concord.model.CandidateKind;
import dev.concord.model.FlagReason;
import dev.concord.model.ProgressListener;
import dev.concord.redact.PiiType;
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
import java.util.List;

import dev.concord.ingest.Logs;

import static dev.concord.ingest.Logs.log;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportServiceTest {
    @TempDir
    Path dir;
    private Database db;
    private ImportService service;

    @BeforeEach
    void open() {
        db = TestDatabases.open(dir.resolve("t.db"));
        service = new ImportService(db);
    }

    private Path sample() throws Exception {
        return log().generation("g1", "s1", "How do I reset my password?", "Click reset.").up("g1")
                .generation("g2", "s2", "Refund order 1234", "No.").down("g2")
                .generation("g3", "s3", "Fix NPE at Main.java:42", "Check null.").downWithCorrection("g3", "Use Optional.")
                .end("s2", "abandoned")
                .writeTo(dir.resolve("good.jsonl"));
    }

    @Test
    void ingestsGoodLinesAndBuildsQueueAndCandidates() throws Exception {
        IngestReport r = service.ingest(List.of(sample()), ProgressListener.NONE);
        assertThat(r.linesRead()).isEqualTo(7);
        assertThat(r.eventsStored()).isEqualTo(7);
        assertThat(r.rejectedLines()).isZero();
        assertThat(r.flaggedItems()).isEqualTo(1);
        assertThat(r.flaggedByReason()).containsEntry(FlagReason.DOWNVOTE_NO_CORRECTION, 1L)
                .containsEntry(FlagReason.ABANDONED_AFTER_FAILURE, 1L);
        assertThat(r.candidatesByKind()).containsEntry(CandidateKind.GOLDEN_EVAL, 1L)
                .containsEntry(CandidateKind.REGRESSION_EVAL, 1L).containsEntry(CandidateKind.DPO_CORRECTION, 1L);
        assertThat(new QueueService(db).item("fi-g2")).isPresent();
    }

    @Test
    void reingestingTheSameFileAddsNothing() throws Exception {
        Path f = sample();
        service.ingest(List.of(f), ProgressListener.NONE);
        IngestReport again = service.ingest(List.of(f), ProgressListener.NONE);
        assertThat(again.eventsStored()).isZero();
        assertThat(again.duplicates()).isEqualTo(7);
        assertThat(count("SELECT COUNT(*) FROM generations")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM signals")).isEqualTo(3);
        assertThat(again.flaggedItems()).isEqualTo(1);
        assertThat(again.warnings()).as("the same content again is no conflict").isEmpty();
    }

    @Test
    void aDuplicateIdWithOtherContentIsAWarningNamingBothLinesAndNotTheContent() throws Exception {
        Path a = log().generation("g1", "s1", "q", "the first answer").writeTo(dir.resolve("a.jsonl"));
        Path b = log().up("g1").generation("g1", "s1", "q", "a secret second answer")
                .generation("g2", "s2", "q", "x").generation("g2", "s2", "q", "y").writeTo(dir.resolve("b.jsonl"));
        service.ingest(List.of(a), ProgressListener.NONE);
        IngestReport r = service.ingest(List.of(b), ProgressListener.NONE);
        assertThat(r.warnings()).containsExactly(
                b + ":2: generation id already stored from " + a + ":1 with different content; the first version is "
                        + "kept, this line is skipped",
                b + ":4: generation id already stored from " + b + ":3 with different content; the first version is "
                        + "kept, this line is skipped");
        assertThat(r.duplicates()).isEqualTo(2);
        assertThat(dumpAllText()).contains("the first answer").doesNotContain("secret second");
    }

    @Test
    void badLinesAreReportedByFileAndLineAndTheRestLands() throws Exception {
        Path f = log().generation("g1", "s1", "q", "a").line("{not json")
                .line("{\"type\":\"generation\",\"session\":\"s\",\"ts\":\"2026-11-20T10:00:00Z\",\"prompt\":\"p\",\"output\":\"o\"}")
                .line("{\"type\":\"wormhole\",\"ts\":\"2026-11-20T10:00:00Z\"}")
                .up("g1").writeTo(dir.resolve("mixed.jsonl"));
        IngestReport r = service.ingest(List.of(f), ProgressListener.NONE);
        assertThat(r.rejectedLines()).isEqualTo(3);
        assertThat(r.rejections()).containsExactly(
                f + ":2: malformed JSON near column 2",
                f + ":3: field 'id': missing",
                f + ":4: field 'type': unknown event type 'wormhole'");
        assertThat(r.eventsStored()).isEqualTo(2);
        assertThat(r.hasDataErrors()).isTrue();
    }

    @Test
    void invalidUtf8LineIsRejectedAndTheRestLands() throws Exception {
        Path f = dir.resolve("latin1.jsonl");
        byte[] good = log().generation("g1", "s1", "q", "a").lines().get(0).getBytes(StandardCharsets.UTF_8);
        byte[] bad = "{\"type\":\"copy\",\"generation\":\"g1\",\"ts\":\"2026-11-20T10:00:00Z\",\"x\":\"caf\u00e9\"}"
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(f, concat(good, "\n".getBytes(), bad, "\n".getBytes()));
        IngestReport r = service.ingest(List.of(f), ProgressListener.NONE);
        assertThat(r.rejections()).containsExactly(f + ":2: invalid UTF-8");
        assertThat(r.eventsStored()).isEqualTo(1);
    }

    @Test
    void emptyFileIsAWarningNotAFailure() throws Exception {
        Path f = Files.writeString(dir.resolve("empty.jsonl"), "");
        IngestReport r = service.ingest(List.of(f, sample()), ProgressListener.NONE);
        assertThat(r.warnings()).contains(f + ": file is empty; nothing to ingest");
        assertThat(r.eventsStored()).isEqualTo(7);
    }

    @Test
    void binaryAndMissingFilesAreReportedAndOtherFilesStillLand() throws Exception {
        Path bin = Files.write(dir.resolve("image.jsonl"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Path missing = dir.resolve("nope.jsonl");
        IngestReport r = service.ingest(List.of(bin, missing, sample()), ProgressListener.NONE);
        assertThat(r.fileErrors()).containsExactly(
                bin + ": looks like a binary file (NUL bytes), not JSONL text; skipped",
                missing + ": file not found");
        assertThat(r.eventsStored()).isEqualTo(7);
    }

    @Test
    void feedbackForUnknownGenerationIsKeptReportedAndLinkedLater() throws Exception {
        Path first = log().down("g7").writeTo(dir.resolve("feedback-first.jsonl"));
        IngestReport r1 = service.ingest(List.of(first), ProgressListener.NONE);
        assertThat(r1.orphanEvents()).isEqualTo(1);
        assertThat(r1.warnings()).singleElement().asString().startsWith(first + ":1: feedback for generation 'g7'");
        assertThat(r1.flaggedItems()).isZero();
        Path later = log().generation("g7", "s7", "q", "a").writeTo(dir.resolve("generation-later.jsonl"));
        IngestReport r2 = service.ingest(List.of(later), ProgressListener.NONE);
        assertThat(r2.orphanEvents()).isZero();
        assertThat(r2.flaggedByReason()).containsEntry(FlagReason.DOWNVOTE_NO_CORRECTION, 1L);
    }

    @Test
    void outOfOrderLinesWithinOneRunAreLinked() throws Exception {
        Path f = log().down("g1").generation("g1", "s1", "q", "a").writeTo(dir.resolve("ooo.jsonl"));
        IngestReport r = service.ingest(List.of(f), ProgressListener.NONE);
        assertThat(r.orphanEvents()).isZero();
        assertThat(r.flaggedItems()).isEqualTo(1);
    }

    @Test
    void piiIsRedactedBeforeAnythingIsStored() throws Exception {
        String system = "You are the support assistant. Escalate refunds over 500 EUR to ops.lead@acme.example "
                + "or by phone on +44 20 7946 0958.";
        Path f = log().generation("g1", "s1", "Mail me at jane.doe@example.com or call +1-415-555-0134",
                        "Your card 4111 1111 1111 1111 is on file; key sk-proj-abcdefghijklmnopqrstuv1234")
                .downWithCorrection("g1", "Server 192.168.10.24 uses password=hunter22")
                .line("{\"type\":\"generation\",\"id\":\"g2\",\"session\":\"s2\",\"ts\":\"2026-11-20T09:00:00Z\","
                        + "\"prompt\":[{\"role\":\"system\",\"content\":\"" + system + "\"},"
                        + "{\"role\":\"user\",\"content\":\"hi\"}],\"output\":\"Hello!\"}")
                .down("g2")
                .writeTo(dir.resolve("pii.jsonl"));
        IngestReport r = service.ingest(List.of(f), ProgressListener.NONE);
        assertThat(r.redactions().get(PiiType.EMAIL)).as("the user's and the system prompt's").isEqualTo(2);
        assertThat(r.redactions().get(PiiType.CARD)).isEqualTo(1);
        String dump = dumpAllText();
        assertThat(dump).doesNotContain("jane.doe", "555-0134", "4111 1111", "sk-proj-abc", "192.168.10.24", "hunter22",
                "ops.lead@", "7946 0958");
        assertThat(count("SELECT COUNT(*) FROM prompt_texts")).as("the long system prompt is stored once").isEqualTo(1);
        assertThat(new QueueService(db).item("fi-g2").orElseThrow().prompt().get(0).content())
                .startsWith("You are the support assistant. Escalate refunds over 500 EUR to [EMAIL]");
        assertThat(dump).contains("[EMAIL]", "[PHONE]", "[CARD]", "[SECRET]", "[IP]");
    }

    @Test
    void cancelledIngestLeavesTheDatabaseAsItWas() throws Exception {
        Path f = sample();
        ProgressListener cancelAtOnce = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        Logs big = log();
        for (int i = 0; i < 3000; i++) {
            big.generation("b" + i, "sb" + i, "q" + i, "a" + i);
        }
        Path bigFile = big.writeTo(dir.resolve("big.jsonl"));
        assertThatThrownBy(() -> service.ingest(List.of(f, bigFile), cancelAtOnce)).isInstanceOf(CancelledException.class);
        assertThat(count("SELECT COUNT(*) FROM generations")).isZero();
        assertThat(count("SELECT COUNT(*) FROM ingest_runs")).isZero();
    }

    @Test
    void cancelArrivingAfterTheQueueIsBuiltStillRollsBackBeforeTheCommit() throws Exception {
        Path f = sample();
        ProgressListener cancelWhenDerived = new ProgressListener() {
            private volatile boolean derived;

            @Override
            public void progress(long done, long total, String message) {
                derived |= message.equals("building the flagged queue") && done == total;
            }

            @Override
            public boolean isCancelled() {
                return derived;
            }
        };
        assertThatThrownBy(() -> service.ingest(List.of(f), cancelWhenDerived)).isInstanceOf(CancelledException.class);
        assertThat(count("SELECT COUNT(*) FROM generations")).isZero();
        assertThat(count("SELECT COUNT(*) FROM flagged_items")).isZero();
    }

    private long count(String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String dumpAllText() throws Exception {
        StringBuilder b = new StringBuilder();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String q : List.of("SELECT prompt_json || output || sources_json FROM generations",
                    "SELECT COALESCE(body,'') || COALESCE(comment,'') FROM signals",
                    "SELECT prompt_json || headline FROM flagged_items", "SELECT output FROM attempts",
                    "SELECT chosen || COALESCE(rejected,'') FROM candidates", "SELECT content FROM prompt_texts")) {
                try (ResultSet rs = s.executeQuery(q)) {
                    while (rs.next()) {
                        b.append(rs.getString(1)).append('\n');
                    }
                }
            }
        }
        return b.toString();
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
