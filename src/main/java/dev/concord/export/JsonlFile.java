package dev.concord.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** One JSONL file being written: a streaming generator, one object per line, SHA-256 computed on the way. */
final class JsonlFile implements AutoCloseable {
    private static final JsonFactory FACTORY = new JsonFactory().setRootValueSeparator(null);

    private final String relativePath;
    private final MessageDigest digest;
    private final JsonGenerator gen;
    private long rows;
    private String sha256;

    JsonlFile(Path root, String relativePath) throws IOException {
        this.relativePath = relativePath;
        Path file = root.resolve(relativePath);
        Files.createDirectories(file.getParent());
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), digest);
        gen = FACTORY.createGenerator(out, JsonEncoding.UTF8);
    }

    /** The generator, positioned for the next row's {@code writeStartObject}. */
    JsonGenerator gen() {
        return gen;
    }

    /** Ends the current row with a newline. */
    void endRow() throws IOException {
        gen.writeRaw('\n');
        rows++;
    }

    String relativePath() {
        return relativePath;
    }

    long rows() {
        return rows;
    }

    /** Hex SHA-256 of the file's bytes; available after {@link #close()}. */
    String sha256() {
        return sha256;
    }

    @Override
    public void close() throws IOException {
        if (sha256 == null) {
            gen.close();
            sha256 = HexFormat.of().formatHex(digest.digest());
        }
    }
}
