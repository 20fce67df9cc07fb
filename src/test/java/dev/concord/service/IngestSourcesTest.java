package dev.concord.service;

import dev.concord.testing.TestDatabases;
import dev.concord.ingest.Fifos;
import dev.concord.ingest.Logs;
import dev.concord.model.ProgressListener;
import dev.concord.store.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static dev.concord.ingest.Logs.log;
import static org.assertj.core.api.Assertions.assertThat;

/** Where an ingest reads from: standard input, FIFOs, and files with lines too long to hold. */
@Timeout(120)
class IngestSourcesTest {
    @TempDir
    Path dir;
    private Database db;
    private ImportService service;

    @BeforeEach
    void open() {
        db = TestDatabases.open(dir.resolve("t.db"));
        service = new ImportService(db);
    }

    private static Logs generations(String prefix, int n) {
        Logs logs = log();
        for (int i = 0; i < n; i++) {
            logs.generation(prefix + i, "s" + prefix + i, "question " + i, "answer " + i);
        }
        return logs;
    }

    private static ByteArrayInputStream stream(Logs logs) {
        return new ByteArrayInputStream((String.join("\n", logs.lines()) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void dashReadsStandardInputOnceAndNamesItStdin() throws Exception {
        Path file = generations("f", 3).writeTo(dir.resolve("a.jsonl"));
        Logs piped = generations("p", 5_000).line("{\"type\":\"copy\"}");
        IngestReport r = service.ingest(List.of(Path.of(ImportService.STDIN), file), stream(piped), ProgressListener.NONE);
        assertThat(r.linesRead()).isEqualTo(5_004);
        assertThat(r.eventsStored()).isEqualTo(5_003);
        assertThat(r.rejections()).containsExactly("stdin:5001: field 'generation': missing");
        assertThat(r.files()).containsExactly("stdin", file.toString());
    }

    @Test
    void withoutAStreamADashIsAnOrdinaryFileName() {
        IngestReport r = service.ingest(List.of(Path.of(ImportService.STDIN)), ProgressListener.NONE);
        assertThat(r.fileErrors()).containsExactly("-: file not found");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aFifoLosesNoLine() throws Exception {
        Path fifo = Fifos.make(dir.resolve("pipe.jsonl"));
        CompletableFuture<Void> writer = Fifos.write(fifo, generations("g", 20_000).lines());
        IngestReport r = service.ingest(List.of(fifo), ProgressListener.NONE);
        writer.get();
        assertThat(r.fileErrors()).isEmpty();
        assertThat(r.linesRead()).isEqualTo(20_000);
        assertThat(r.eventsStored()).isEqualTo(20_000);
    }

    @Test
    void aLineOverTheLimitIsRejectedAndEverythingElseLands() throws Exception {
        Path big = dir.resolve("big.jsonl");
        String head = "{\"type\":\"generation\",\"id\":\"huge\",\"session\":\"s\",\"ts\":\"2026-11-20T10:00:00Z\","
                + "\"prompt\":\"p\",\"output\":\"";
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) 'x');
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write((generations("a", 2).lines().get(0) + "\n" + head).getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 70; i++) {
                out.write(chunk);
            }
            out.write(("\"}\n" + generations("b", 1).lines().get(0) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Path other = generations("c", 2).writeTo(dir.resolve("other.jsonl"));
        IngestReport r = service.ingest(List.of(big, other), ProgressListener.NONE);
        long length = head.length() + (70L << 20) + 2;
        assertThat(r.rejections()).containsExactly(big + ":2: line is " + length
                + " bytes, longer than the limit of 16777216 (--max-line-bytes); skipped");
        assertThat(r.eventsStored()).isEqualTo(4);
        assertThat(new QueueService(db).stats().generations()).isEqualTo(4);
    }

    @Test
    void theLineLimitIsAnOption() throws Exception {
        Path f = log().generation("g1", "s1", "q", "a".repeat(5_000)).generation("g2", "s2", "q", "a")
                .writeTo(dir.resolve("f.jsonl"));
        IngestReport r = new ImportService(db, dev.concord.redact.Redactor.standard(), new dev.concord.ingest.FlagRules(), 2_048)
                .ingest(List.of(f), ProgressListener.NONE);
        assertThat(r.rejections()).singleElement().asString().startsWith(f + ":1: line is ")
                .endsWith("longer than the limit of 2048 (--max-line-bytes); skipped");
        assertThat(r.eventsStored()).isEqualTo(1);
    }
}
