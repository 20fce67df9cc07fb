package dev.concord.cli;

import dev.concord.testing.TestDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.concord.ingest.Logs.log;
import static org.assertj.core.api.Assertions.assertThat;

class CliTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = ConcordCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path sampleLog() throws Exception {
        return log().generation("g1", "s1", "Why does my build fail?", "Missing dependency.").down("g1")
                .generation("c1", "s2", "chain", "a1").retry("c2", "s2", "c1", "a2").retry("c3", "s2", "c2", "a3")
                .retry("c4", "s2", "c3", "a4").generation("u1", "s3", "hi", "hello").up("u1")
                .writeTo(dir.resolve("log.jsonl"));
    }

    @Test
    void ingestPrintsTheReportAndExitsZero() throws Exception {
        String db = TestDatabases.location(dir.resolve("c.db"));
        Run r = run("ingest", sampleLog().toString(), "--db", db);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("lines read:         11", "events stored:      11", "lines rejected:     0",
                "flagged items:      2", "downvote-no-correction", "golden-eval              1");
    }

    @Test
    void ingestWithBadLinesExitsWithDataErrorAndNamesTheLine() throws Exception {
        Path f = log().generation("g1", "s1", "q", "a").line("{oops").writeTo(dir.resolve("bad.jsonl"));
        Run r = run("ingest", f.toString(), "--db", TestDatabases.location(dir.resolve("c.db")));
        assertThat(r.exit()).isEqualTo(ConcordCli.EXIT_DATA_ERROR);
        assertThat(r.out()).contains(f + ":2: malformed JSON");
    }

    @Test
    void dashIngestsStandardInput() throws Exception {
        CommandLine cl = ConcordCli.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        IngestCommand ingest = cl.getSubcommands().get("ingest").getCommand();
        String lines = String.join("\n", log().generation("g1", "s1", "q", "a").line("{\"type\":\"copy\"}").lines());
        ingest.stdin = new java.io.ByteArrayInputStream(lines.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        int exit = cl.execute("ingest", "-", "--db", TestDatabases.location(dir.resolve("c.db")));
        assertThat(exit).isEqualTo(ConcordCli.EXIT_DATA_ERROR);
        assertThat(out.toString()).contains("events stored:      1", "stdin:2: field 'generation': missing");
    }

    @Test
    void aLineLimitOutsideItsRangeIsAUsageError() {
        Run r = run("ingest", "x.jsonl", "--max-line-bytes", "100", "--db", TestDatabases.location(dir.resolve("c.db")));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--max-line-bytes must be between 1024 and 1073741824");
    }

    @Test
    void missingFileIsADataErrorNotACrash() {
        Run r = run("ingest", dir.resolve("missing.jsonl").toString(), "--db", TestDatabases.location(dir.resolve("c.db")));
        assertThat(r.exit()).isEqualTo(ConcordCli.EXIT_DATA_ERROR);
        assertThat(r.err()).contains("missing.jsonl: file not found");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("ingest").exit()).isEqualTo(2);
        assertThat(run("queue", "--reason", "bogus").exit()).isEqualTo(2);
        assertThat(run("frobnicate").exit()).isEqualTo(2);
    }

    @Test
    void queueJsonHasOneObjectPerItemWithAttemptsInOrder() throws Exception {
        String db = TestDatabases.location(dir.resolve("c.db"));
        run("ingest", sampleLog().toString(), "--db", db);
        Run r = run("queue", "--db", db, "--json");
        assertThat(r.exit()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        ObjectMapper m = new ObjectMapper();
        JsonNode chain = null;
        for (String line : lines) {
            JsonNode n = m.readTree(line);
            assertThat(n.has("id") && n.has("reasons") && n.has("session") && n.has("prompt") && n.has("attempts")).isTrue();
            if (n.get("id").asText().equals("fi-c1")) {
                chain = n;
            }
        }
        assertThat(chain).isNotNull();
        assertThat(chain.get("attempts")).extracting(JsonNode::asText).containsExactly("a1", "a2", "a3", "a4");
        assertThat(chain.get("reasons").get(0).asText()).isEqualTo("many-regenerations");
    }

    @Test
    void queueFiltersByReason() throws Exception {
        String db = TestDatabases.location(dir.resolve("c.db"));
        run("ingest", sampleLog().toString(), "--db", db);
        Run r = run("queue", "--db", db, "--reason", "downvote-no-correction", "--json");
        assertThat(r.out().strip().split("\n")).hasSize(1);
        assertThat(r.out()).contains("\"id\":\"fi-g1\"");
    }

    @Test
    void statsCountsWhatIsStored() throws Exception {
        String db = TestDatabases.location(dir.resolve("c.db"));
        run("ingest", sampleLog().toString(), "--db", db);
        Run r = run("stats", "--db", db);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("sessions:      3", "generations:   6", "flagged items: 2");
    }

    @Test
    void generatedLogsWithDifferentIdPrefixesDoNotCollide() throws Exception {
        Path a = dir.resolve("day1.jsonl");
        Path b = dir.resolve("day2.jsonl");
        assertThat(run("generate", "--sessions", "20", "--seed", "1", "--id-prefix", "day1", "--out", a.toString()).exit()).isZero();
        assertThat(run("generate", "--sessions", "20", "--seed", "2", "--id-prefix", "day2", "--out", b.toString()).exit()).isZero();
        assertThat(Files.readString(a)).contains("\"session\":\"day1-");
        String db = TestDatabases.location(dir.resolve("p.db"));
        run("ingest", a.toString(), "--db", db);
        Run second = run("ingest", b.toString(), "--db", db);
        assertThat(second.out()).contains("duplicates skipped: 0");
        assertThat(run("generate", "--sessions", "2", "--id-prefix", "bad prefix!", "--out", a.toString()).exit()).isEqualTo(2);
    }

    @Test
    void generateIsDeterministicAndIngestible() throws Exception {
        Path a = dir.resolve("a.jsonl");
        Path b = dir.resolve("b.jsonl");
        assertThat(run("generate", "--sessions", "40", "--seed", "7", "--out", a.toString()).exit()).isZero();
        assertThat(run("generate", "--sessions", "40", "--seed", "7", "--out", b.toString()).exit()).isZero();
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        Run r = run("ingest", a.toString(), "--db", TestDatabases.location(dir.resolve("g.db")));
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("lines rejected:     0");
    }
}
