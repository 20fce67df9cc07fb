package dev.concord.cli;

import dev.concord.generate.AgentProfile;
import dev.concord.generate.GenerationSummary;
import dev.concord.generate.GeneratorOptions;
import dev.concord.generate.LogGenerator;
import dev.concord.generate.LogShape;
import dev.concord.generate.TraceFormatWriter;
import dev.concord.ingest.LogFormat;
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

    @Option(names = "--format", defaultValue = "concord", paramLabel = "F",
            description = "concord, otel, langfuse, langsmith or mapped: the same conversations in that format "
                    + "(generations and feedback; mapped also writes FILE.mapping.yaml) (default: ${DEFAULT-VALUE})")
    String format;

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
        LogFormat f;
        try {
            f = LogFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
        if (f == LogFormat.AUTO) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: auto is for reading; give a format");
        }
        GenerationSummary summary = writeAtomically(options, out);
        if (f != LogFormat.CONCORD) {
            long lines = rewrite(out, f);
            spec.commandLine().getOut().printf("wrote %s as %s: %d sessions, %d lines (from %s)%n", out, f.wireName(),
                    summary.sessions(), lines, summary.eventsByType());
            if (f == LogFormat.MAPPED) {
                Path mapping = out.resolveSibling(out.getFileName() + ".mapping.yaml");
                Files.writeString(mapping, TraceFormatWriter.MAPPING);
                spec.commandLine().getOut().printf("wrote %s: read it with --format mapped --mapping %s%n", mapping, mapping);
            }
            spec.commandLine().getOut().flush();
            return 0;
        }
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

    /** Rewrites the generated Concord log in place (through a temporary file) in a trace format. */
    private static long rewrite(Path file, LogFormat f) throws IOException {
        Path abs = file.toAbsolutePath();
        Path tmp = Files.createTempFile(abs.getParent(), abs.getFileName().toString(), ".tmp");
        try {
            long lines;
            try (java.io.BufferedReader in = Files.newBufferedReader(abs, StandardCharsets.UTF_8);
                 java.io.OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                lines = new TraceFormatWriter(f).write(in, o);
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return lines;
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
