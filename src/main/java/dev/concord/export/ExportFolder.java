package dev.concord.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Makes an export folder appear whole or not at all. Everything is written into a hidden temporary folder beside
 * the target; {@link #commit()} moves a previous export aside, renames the temporary folder to the target and only
 * then deletes the previous one. Closing without a commit (failure, cancel) deletes the temporary folder and leaves
 * the target as it was. A target that exists must be empty or hold a previous export (a {@code manifest.json}),
 * so an export never replaces an unrelated folder.
 */
public final class ExportFolder implements AutoCloseable {
    public static final String MANIFEST = "manifest.json";

    private final Path target;
    private final Path temp;
    private boolean committed;

    private ExportFolder(Path target, Path temp) {
        this.target = target;
        this.temp = temp;
    }

    /** Checks the target and creates the temporary folder beside it. */
    public static ExportFolder prepare(Path target) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        if (Files.exists(abs)) {
            if (!Files.isDirectory(abs)) {
                throw new ExportException(abs + ": exists and is not a folder");
            }
            try (Stream<Path> s = Files.list(abs)) {
                if (s.findAny().isPresent() && !Files.isRegularFile(abs.resolve(MANIFEST))) {
                    throw new ExportException(abs + ": folder is not empty and holds no Concord export (no "
                            + MANIFEST + "); choose a new or empty folder");
                }
            }
        }
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        return new ExportFolder(abs, Files.createTempDirectory(parent, "." + abs.getFileName() + ".tmp-"));
    }

    /** Where to write; becomes the target on commit. */
    public Path temp() {
        return temp;
    }

    public Path target() {
        return target;
    }

    /** Puts the new export in place of the target. */
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (old != null) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        committed = true;
        if (old != null) {
            deleteTree(old);
        }
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteTree(temp);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
