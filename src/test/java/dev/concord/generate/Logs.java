package dev.concord.generate;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Generated logs shared by the tests, each generated once per JVM. */
final class Logs {
    private static final Map<GeneratorOptions, String> CACHE = new ConcurrentHashMap<>();

    private Logs() {
    }

    static String generate(GeneratorOptions options) {
        return CACHE.computeIfAbsent(options, o -> {
            StringWriter out = new StringWriter();
            try {
                new LogGenerator(o).write(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString();
        });
    }

    /** A mixed event log large enough for every signal to show up many times. */
    static String mixed() {
        return generate(GeneratorOptions.defaults(800, 11));
    }
}
