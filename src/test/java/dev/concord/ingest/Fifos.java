package dev.concord.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Named pipes for tests (Linux, macOS): made with {@code mkfifo}, written by a thread as a program would. */
public final class Fifos {
    private Fifos() {
    }

    public static Path make(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException("mkfifo failed");
        }
        return file;
    }

    /** Opens the FIFO for writing on a new thread (blocking until a reader opens it), writes the lines, closes. */
    public static CompletableFuture<Void> write(Path fifo, List<String> lines) {
        return CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                for (String line : lines) {
                    out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new IllegalStateException("writing the FIFO failed: " + e.getMessage(), e);
            }
        }, r -> new Thread(r, "fifo-writer").start());
    }
}
