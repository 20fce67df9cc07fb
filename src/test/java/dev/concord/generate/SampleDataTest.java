package dev.concord.generate;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled {@code sample-data/} files are exactly what the generator writes for the options in
 * sample-data/README.md. To regenerate them after changing the generator, run
 * {@code mvn -o test -Dtest=SampleDataTest -Dconcord.writeSampleData=true}; it also writes the
 * README's signal counts to {@code target/sample-data-stats.md}.
 */
class SampleDataTest {
    private static final Path DIR = Path.of("sample-data");
    private static final List<Sample> SAMPLES = List.of(
            new Sample("coding-assistant.jsonl", new GeneratorOptions(320, 2026, AgentProfile.CODING, LogShape.EVENTS)),
            new Sample("support-assistant.jsonl", new GeneratorOptions(260, 1120, AgentProfile.SUPPORT, LogShape.EVENTS)),
            new Sample("simple-records.jsonl", new GeneratorOptions(200, 7, AgentProfile.MIXED, LogShape.SIMPLE)));

    private record Sample(String file, GeneratorOptions options) {
    }

    @Test
    void committedSampleDataIsWhatTheGeneratorWrites() throws IOException {
        boolean write = Boolean.getBoolean("concord.writeSampleData");
        StringBuilder stats = new StringBuilder();
        for (Sample sample : SAMPLES) {
            Path file = DIR.resolve(sample.file());
            String expected = Logs.generate(sample.options());
            if (write) {
                Files.createDirectories(DIR);
                Files.writeString(file, expected, StandardCharsets.UTF_8);
                if (sample.options().shape() == LogShape.EVENTS) {
                    stats.append("\n### ").append(sample.file()).append("\n\n| signal | count |\n|---|---|\n")
                            .append(LogStats.of(expected).markdownRows());
                }
            }
            assertThat(file).as("regenerate with -Dconcord.writeSampleData=true").exists();
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(sample.file()).isEqualTo(expected);
        }
        if (write) {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "sample-data-stats.md"), stats.toString(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void sampleDataHoldsAtLeastFiveHundredSessionsInAFewMegabytes() throws IOException {
        long sessions = 0;
        long bytes = 0;
        for (Sample sample : SAMPLES) {
            sessions += sample.options().sessions();
            bytes += Files.size(DIR.resolve(sample.file()));
        }

        assertThat(sessions - SAMPLES.get(2).options().sessions()).isGreaterThanOrEqualTo(500);
        assertThat(bytes).isLessThan(5_000_000);
        assertThat(DIR.resolve("README.md")).exists();
    }
}
