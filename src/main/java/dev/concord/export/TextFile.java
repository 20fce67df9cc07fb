package dev.concord.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A small text file of an export (a config, a dataset card): written whole, listed in the manifest with its hash. */
final class TextFile {
    private TextFile() {
    }

    /** Writes {@code text} as UTF-8 and returns its summary (no rows: {@code -1}). */
    static ExportWriter.FileSummary write(Path root, String relativePath, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Path file = root.resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        try {
            return new ExportWriter.FileSummary(-1, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
