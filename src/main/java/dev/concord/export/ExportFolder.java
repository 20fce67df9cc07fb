package dev.concord.export;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Makes an export folder appear whole or not at all. Everything is written into a hidden temporary folder beside
 * the target; {@link #commit()} moves a previous export aside, renames the temporary folder to the target and only
 * then deletes the previous one. Closing without a commit (failure, cancel) deletes the temporary folder and leaves
 * the target as it was. A target that exists must be empty or recognisably a Concord export ({@link FolderCheck}),
 * so an export never deletes what it did not write. After a commit, leftovers of interrupted exports to the same
 * target ({@code .DIR.tmp-…}, {@code .DIR.old-…}) are removed when they hold only export files and no running
 * export holds them (each temporary folder holds a locked {@link #LOCK} file while its export runs).
 */
public final class ExportFolder implements AutoCloseable {
    public static final String MANIFEST = "manifest.json";
    /** Locked while an export writes into its temporary folder; deleted before the folder becomes the target. */
    static final String LOCK = ".concord-export.lock";

    private final Path target;
    private final Path temp;
    private FileChannel lockChannel;
    private boolean committed;

    private ExportFolder(Path target, Path temp) {
        this.target = target;
        this.temp = temp;
    }

    /**
     * Checks the target and creates the temporary folder beside it. A target that is a link to a folder stands
     * for that folder: the export replaces the folder and the link keeps pointing at it.
     *
     * @throws ExportException when the target exists and is not empty or a Concord export; nothing is changed
     */
    public static ExportFolder prepare(Path target) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(abs) && Files.exists(abs)) {
            abs = abs.toRealPath();
        }
        if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            String why = Files.isSymbolicLink(abs) ? "is a link to nothing"
                    : !Files.isDirectory(abs) ? "exists and is not a folder" : FolderCheck.whyNotReplaceable(abs);
            if (why != null) {
                throw new ExportException(abs + ": " + why + "; nothing was changed. Choose a new or empty folder, "
                        + "or move what is not an export out of this one");
            }
        }
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        ExportFolder folder = new ExportFolder(abs, Files.createTempDirectory(parent, "." + abs.getFileName() + ".tmp-"));
        try {
            folder.lockChannel = FileChannel.open(folder.temp.resolve(LOCK), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            folder.lockChannel.lock();
            return folder;
        } catch (IOException | RuntimeException e) {
            folder.close();
            throw e;
        }
    }

    /** Where to write; becomes the target on commit. */
    public Path temp() {
        return temp;
    }

    public Path target() {
        return target;
    }

    /** Puts the new export in place of the target, then removes leftovers of interrupted exports to it. */
    public Leftovers commit() throws IOException {
        unlock();
        Files.deleteIfExists(temp.resolve(LOCK));
        Path old = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
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
            try {
                deleteTree(old);
            } catch (IOException e) {
                // the export is in place; what could not be deleted is reported below as a leftover
            }
        }
        return removeLeftovers();
    }

    private Leftovers removeLeftovers() throws IOException {
        Pattern name = Pattern.compile("\\." + Pattern.quote(target.getFileName().toString()) + "\\.(tmp|old)-\\d+");
        List<Path> candidates;
        try (Stream<Path> s = Files.list(target.getParent())) {
            candidates = s.filter(p -> name.matcher(p.getFileName().toString()).matches())
                    .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        List<Path> removed = new ArrayList<>();
        Map<Path, String> kept = new LinkedHashMap<>();
        for (Path p : candidates) {
            try {
                String why = inUse(p) ? "in use by an export that is still running" : FolderCheck.whyNotALeftover(p);
                if (why == null) {
                    deleteTree(p);
                    removed.add(p);
                } else {
                    kept.put(p, why);
                }
            } catch (IOException e) {
                kept.put(p, "cannot be removed: " + e.getMessage());
            }
        }
        return new Leftovers(removed, kept);
    }

    private static boolean inUse(Path leftover) throws IOException {
        Path lock = leftover.resolve(LOCK);
        if (!Files.isRegularFile(lock, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null) {
                return true;
            }
            l.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    private void unlock() throws IOException {
        if (lockChannel != null) {
            lockChannel.close();
            lockChannel = null;
        }
    }

    @Override
    public void close() throws IOException {
        unlock();
        if (!committed) {
            deleteTree(temp);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
