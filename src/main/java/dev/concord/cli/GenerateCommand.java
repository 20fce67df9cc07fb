package dev.concord.cli;

import dev.concord.generate.AgentProfile;
import dev.concord.generate.GenerationSummary;
import dev.concord.generate.GeneratorOptions;
import dev.concord.generate.LogGenerator;
import dev.concord.generate.LogShape;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

@Command(name = "generate", description = "Writes a realistic synthetic agent log, deterministically from a seed.")
final class GenerateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--sessions", required = true, paramLabel = "N", description = "number of sessions (records for --shape simple)")
    int sessions;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--agent", defaultValue = "mixed", paramLabel = "A", converter = AgentConverter.class,
            description = "coding, support or mixed (default: ${DEFAULT-VALUE})")
    AgentProfile agent;

    @Option(names = "--shape", defaultValue = "events", paramLabel = "SHAPE", converter = ShapeConverter.class,
            description = "events or simple (default: ${DEFAULT-VALUE})")
    LogShape shape;

    @Option(names = "--id-prefix", defaultValue = "", paramLabel = "P",
            description = "put P- before every id, so that several generated logs can go into one database")
    String idPrefix;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the JSONL file to write")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (sessions < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--sessions must be at least 1");
        }
        GeneratorOptions options;
        try {
            options = new GeneratorOptions(sessions, seed, agent, shape, idPrefix);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        GenerationSummary summary = writeAtomically(options, out);
        spec.commandLine().getOut().printf("wrote %s: %d sessions, %d lines %s%n", out, summary.sessions(),
                summary.lines(), summary.eventsByType());
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** Generates into a temporary file beside the target, then renames it into place. */
    static GenerationSummary writeAtomically(GeneratorOptions options, Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = Files.createTempFile(abs.getParent(), abs.getFileName().toString(), ".tmp");
        try {
            GenerationSummary summary;
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                summary = new LogGenerator(options).write(w);
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return summary;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static final class AgentConverter implements CommandLine.ITypeConverter<AgentProfile> {
        @Override
        public AgentProfile convert(String value) {
            return AgentProfile.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        }
    }

    static final class ShapeConverter implements CommandLine.ITypeConverter<LogShape> {
        @Override
        public LogShape convert(String value) {
            return LogShape.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        }
    }
}
