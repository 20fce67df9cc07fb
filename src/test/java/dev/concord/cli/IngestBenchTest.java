package dev.concord.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class IngestBenchTest {
    @TempDir
    Path dir;

    @Test
    void ingestBenchmarkTimesEachStageOnASmallLogAndKeepsItsFilesWhenAskedTo() {
        CliTest.Run r = CliTest.run("bench", "ingest", "--events", "3000", "--dir", dir.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("bare parse:", "parse to events:", "parse + redact:", "full ingest:",
                "read+redact+store", "of the bare-parse rate (target >= 50%)");
        long logged = number(r.out(), "log:\\s+([\\d,]+) events");
        assertThat(logged).isBetween(2_500L, 3_500L);
        assertThat(Files.exists(dir.resolve("bench.jsonl"))).isTrue();
        assertThat(Files.exists(dir.resolve("bench.db"))).isTrue();
        for (String stage : new String[] {"bare parse", "parse to events", "parse \\+ redact", "full ingest"}) {
            assertThat(decimal(r.out(), stage + ":\\s+([\\d.]+) s")).as(stage).isPositive();
        }
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
