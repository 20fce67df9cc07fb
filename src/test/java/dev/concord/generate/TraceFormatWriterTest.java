package dev.concord.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.concord.ingest.LogFormat;
import dev.concord.ingest.ReadFormats;
import dev.concord.ingest.formats.FeedbackOptions;
import dev.concord.ingest.formats.Mapping;
import dev.concord.model.Generation;
import dev.concord.model.Signal;
import dev.concord.model.SignalKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The generator's trace formats carry the same conversations as Concord's own format, through the adapters. */
class TraceFormatWriterTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = LogFormat.class, names = {"OTEL", "LANGFUSE", "LANGSMITH", "MAPPED"})
    void theSameConversationsComeBackThroughTheAdapter(LogFormat format) throws Exception {
        Path own = dir.resolve("own.jsonl");
        try (Writer w = Files.newBufferedWriter(own, StandardCharsets.UTF_8)) {
            new LogGenerator(GeneratorOptions.defaults(60, 7)).write(w);
        }
        Path converted = dir.resolve("log." + format.wireName());
        try (BufferedReader in = Files.newBufferedReader(own); OutputStream out = Files.newOutputStream(converted)) {
            new TraceFormatWriter(format).write(in, out);
        }
        Mapping mapping = Mapping.of(new ObjectMapper(new YAMLFactory()).readTree(TraceFormatWriter.MAPPING), "m");
        ReadFormats expected = ReadFormats.read(own, LogFormat.CONCORD);
        ReadFormats actual = ReadFormats.read(converted, format == LogFormat.MAPPED ? LogFormat.MAPPED : LogFormat.AUTO,
                FeedbackOptions.defaults(), mapping);
        assertThat(actual.result.format()).isEqualTo(format);
        assertThat(actual.rejections).isEmpty();
        assertThat(conversations(actual.generations)).isEqualTo(conversations(expected.generations));
        List<String> feedback = feedback(expected.signals);
        assertThat(feedback).isNotEmpty();
        if (format == LogFormat.MAPPED) {
            assertThat(feedback).containsAll(feedback(actual.signals));
            assertThat(feedback(actual.signals).size()).isGreaterThan(feedback.size() * 9 / 10);
        } else {
            assertThat(feedback(actual.signals)).containsExactlyElementsOf(feedback);
        }
    }

    private static List<String> conversations(List<Generation> gs) {
        return gs.stream().map(g -> String.join("|", g.id(), g.session(), g.ts().toString(), String.valueOf(g.model()),
                g.prompt().toString(), g.output(), String.valueOf(g.tools()))).distinct().toList();
    }

    private static List<String> feedback(List<Signal> signals) {
        return signals.stream().filter(s -> s.kind() == SignalKind.FEEDBACK)
                .map(s -> String.join("|", s.generation(), s.rating().toString(), String.valueOf(s.text()),
                        String.valueOf(s.comment()))).toList();
    }
}
