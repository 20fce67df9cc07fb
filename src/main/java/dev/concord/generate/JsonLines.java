package dev.concord.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes one compact JSON object per line ({@code '\n'} after each) through Jackson's streaming
 * generator, so every string is escaped correctly, and counts lines per type. Leaves the target open.
 */
final class JsonLines {
    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .rootValueSeparator((String) null)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private final JsonGenerator g;
    private final IsoTimestamps timestamps = new IsoTimestamps();
    private final Map<String, long[]> counts = new HashMap<>();
    private long lines;

    JsonLines(Writer out) throws IOException {
        this.g = FACTORY.createGenerator(out);
    }

    /** Encodes UTF-8 itself, which is faster than going through a {@link Writer}. */
    JsonLines(OutputStream out) throws IOException {
        this.g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
    }

    void write(LogEvent e) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", e.type());
        e.writeFields(g, timestamps);
        endLine(e.type());
    }

    void write(SimpleRecord r) throws IOException {
        g.writeStartObject();
        r.writeFields(g, timestamps);
        endLine("record");
    }

    /** Flushes everything written so far to the target writer. */
    void flush() throws IOException {
        g.flush();
    }

    long lines() {
        return lines;
    }

    Map<String, Long> countsByType() {
        Map<String, Long> out = new HashMap<>();
        counts.forEach((k, v) -> out.put(k, v[0]));
        return out;
    }

    private void endLine(String type) throws IOException {
        g.writeEndObject();
        g.writeRaw('\n');
        counts.computeIfAbsent(type, k -> new long[1])[0]++;
        lines++;
    }
}
