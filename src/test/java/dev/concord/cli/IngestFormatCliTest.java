package dev.concord.cli;

import dev.concord.ingest.ReadFormats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class IngestFormatCliTest {
    @TempDir
    Path dir;

    @Test
    void mappedFormatReadsThroughTheMappingFile() {
        CliTest.Run r = CliTest.run("ingest", "--format", "mapped", "--mapping",
                ReadFormats.fixture("mapped/mapping.yaml").toString(), ReadFormats.fixture("mapped/chat-log.jsonl").toString(),
                "--db", dir.resolve("c.db").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("chat-log.jsonl: mapped (as given)", "events stored:      5");
    }

    @Test
    void mappedWithoutAMappingAndAnUnknownFormatAreUsageErrors() {
        String db = dir.resolve("c.db").toString();
        CliTest.Run noMapping = CliTest.run("ingest", "--format", "mapped", "x.jsonl", "--db", db);
        assertThat(noMapping.exit()).isEqualTo(2);
        assertThat(noMapping.err()).contains("--format mapped needs --mapping");
        CliTest.Run unknown = CliTest.run("ingest", "--format", "phoenix", "x.jsonl", "--db", db);
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown format 'phoenix'");
    }

    @Test
    void autoDetectionIsTheDefaultAndTheReportSaysWhatItFound() {
        CliTest.Run r = CliTest.run("ingest", ReadFormats.fixture("otel/openinference-otlp.jsonl").toString(),
                "--feedback-names", "thumbs", "--db", dir.resolve("c.db").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("openinference-otlp.jsonl: otel (detected)");
    }

    @Test
    void generateWritesTheSameConversationsInATraceFormatThatIngestDetects() {
        Path log = dir.resolve("runs.jsonl");
        CliTest.Run gen = CliTest.run("generate", "--sessions", "20", "--format", "langsmith", "--out", log.toString());
        assertThat(gen.exit()).isZero();
        assertThat(gen.out()).contains("as langsmith");
        CliTest.Run r = CliTest.run("ingest", log.toString(), "--db", dir.resolve("c.db").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("runs.jsonl: langsmith (detected)", "lines rejected:     0");
    }

    @Test
    void generateMappedWritesTheMappingBesideTheLog() {
        Path log = dir.resolve("own.jsonl");
        assertThat(CliTest.run("generate", "--sessions", "5", "--format", "mapped", "--out", log.toString()).exit()).isZero();
        Path mapping = dir.resolve("own.jsonl.mapping.yaml");
        CliTest.Run r = CliTest.run("ingest", "--format", "mapped", "--mapping", mapping.toString(), log.toString(),
                "--db", dir.resolve("c.db").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("own.jsonl: mapped (as given)");
    }
}
