package dev.concord.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@org.junit.jupiter.api.Tag("sqlite-only")
class IngestBenchTest {
    @TempDir
    Path dir;

    @Test
    void ingestBenchmarkTimesEachStageOnASmallLogAndKeepsItsFilesWhenAskedTo() {
        CliTest.Run r = CliTest.run("bench", "ingest", "--events", "3000", "--dir", dir.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("bare parse:", "bulk load:", "floor:", "parse to events:", "parse + redact:",
                "full ingest:", "read+redact+store", "target <= 2.5x", "cpu:             floor");
        long logged = number(r.out(), "log:\\s+([\\d,]+) events");
        assertThat(logged).isBetween(2_500L, 3_500L);
        assertThat(Files.exists(dir.resolve("bench.jsonl"))).isTrue();
        assertThat(Files.exists(dir.resolve("bench.db"))).isTrue();
        assertThat(Files.exists(dir.resolve("floor.db"))).as("the floor's database is removed once timed").isFalse();
        for (String stage : new String[] {"bare parse", "bulk load", "floor", "parse to events", "parse \\+ redact",
                "full ingest"}) {
            assertThat(decimal(r.out(), stage + ":\\s+([\\d.]+) s")).as(stage).isPositive();
        }
        double floor = decimal(r.out(), "floor:\\s+([\\d.]+) s");
        double ingest = decimal(r.out(), "full ingest:\\s+([\\d.]+) s");
        // the printed figures are rounded to 0.01: the ratio lies between the bounds they allow
        assertThat(decimal(r.out(), "ingest / floor:\\s+([\\d.]+)x"))
                .isBetween((ingest - 0.005) / (floor + 0.005) - 0.005, (ingest + 0.005) / (floor - 0.005) + 0.005);
    }

    @Test
    void ingestBenchmarkTimesAGivenLogWithoutChangingIt() throws Exception {
        Path log = dir.resolve("given.jsonl");
        assertThat(CliTest.run("generate", "--sessions", "200", "--seed", "7", "--out", log.toString()).exit()).isZero();
        byte[] before = Files.readAllBytes(log);
        long lines = before.length == 0 ? 0 : new String(before, java.nio.charset.StandardCharsets.UTF_8).split("\n").length;
        Path work = dir.resolve("work");

        CliTest.Run r = CliTest.run("bench", "ingest", "--log", log.toString(), "--events", "5", "--dir", work.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(number(r.out(), "log:\\s+[\\d,]+ events, ([\\d,]+) lines")).isEqualTo(lines);
        assertThat(number(r.out(), "log:\\s+([\\d,]+) events")).as("--events is ignored").isGreaterThan(100L);
        assertThat(r.out()).contains("timing the existing log", "thread cpu:").doesNotContain("generating");
        assertThat(decimal(r.out(), "parse \\+ redact:\\s+[\\d.]+ s\\s+[\\d,]+ events/s\\s+([\\d.]+) MB/s")).isPositive();
        assertThat(Files.readAllBytes(log)).as("the given log is read, never changed").isEqualTo(before);
        assertThat(Files.exists(work.resolve("bench.jsonl"))).as("no log generated beside it").isFalse();
    }

    @Test
    void ingestBenchmarkNamesAMissingLog() {
        Path missing = dir.resolve("missing.jsonl");

        CliTest.Run r = CliTest.run("bench", "ingest", "--log", missing.toString());

        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains(missing.toString(), "not a readable file");
    }

    private static long number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex).isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    private static double decimal(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
