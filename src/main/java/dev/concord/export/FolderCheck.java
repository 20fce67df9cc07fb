package dev.concord.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concord.curate.ExampleFile;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Decides what an export may replace or remove, so that nothing Concord did not write is ever deleted. A target
 * folder may be replaced when it is empty or recognisably a Concord export: its {@code manifest.json} has the
 * Concord format and lists exactly the files present (no more, no fewer, no other folders). A leftover of an
 * interrupted export may be removed when it holds nothing but files an export writes.
 */
final class FolderCheck {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int NAMED = 3;

    private FolderCheck() {
    }

    /** Null when {@code dir} is empty or a Concord export that may be replaced whole; otherwise why not. */
    static String whyNotReplaceable(Path dir) throws IOException {
        Set<String> present = entries(dir, p -> false);
        if (present.isEmpty()) {
            return null;
        }
        if (!present.contains(ExportFolder.MANIFEST)) {
            return "not a Concord export (it is not empty and holds no " + ExportFolder.MANIFEST + ")";
        }
        Set<String> listed = listedFiles(dir.resolve(ExportFolder.MANIFEST));
        if (listed == null) {
            return "not a Concord export (its " + ExportFolder.MANIFEST + " was not written by Concord)";
        }
        Set<String> expected = withFolders(listed);
        expected.add(ExportFolder.MANIFEST);
        Set<String> exact = entries(dir, expected::contains);
        List<String> extra = new ArrayList<>(exact);
        extra.removeAll(expected);
        if (!extra.isEmpty()) {
            return "not a Concord export as it stands: it also holds " + names(extra) + ", which its manifest does not list";
        }
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(exact);
        if (!missing.isEmpty()) {
            return "not a Concord export as it stands: its manifest lists " + names(missing) + ", "
                    + (missing.size() == 1 ? "which is" : "which are") + " missing";
        }
        return null;
    }

    /** Null when {@code dir} holds only files an export writes (so it is a leftover of one); otherwise why not. */
    static String whyNotALeftover(Path dir) throws IOException {
        Set<String> known = new TreeSet<>(Set.of(ExportFolder.MANIFEST, ExportFolder.LOCK, ExportWriter.SFT_META,
                ExportWriter.DPO_META));
        for (ExampleFile f : ExampleFile.values()) {
            known.add(f.path());
        }
        known.addAll(EvalLayouts.PATHS);
        known.add(DatasetCard.PATH);
        Set<String> allowed = withFolders(known);
        List<String> extra = new ArrayList<>(entries(dir, allowed::contains));
        extra.removeAll(allowed);
        return extra.isEmpty() ? null : "it holds " + names(extra) + ", which no export writes";
    }

    /**
     * Relative paths (forward slashes; folders end in "/") of everything below {@code dir}, without following
     * links. A folder for which {@code descend} is false is listed but not entered.
     */
    private static Set<String> entries(Path dir, Predicate<String> descend) throws IOException {
        Set<String> out = new TreeSet<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                if (d.equals(dir)) {
                    return FileVisitResult.CONTINUE;
                }
                String name = relative(dir, d) + "/";
                out.add(name);
                return descend.test(name) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                out.add(relative(dir, f) + (attrs.isRegularFile() ? "" : " (not a plain file)"));
                return FileVisitResult.CONTINUE;
            }
        });
        return out;
    }

    /** The files a Concord manifest lists, or null when it is not one. */
    private static Set<String> listedFiles(Path manifest) {
        try {
            JsonNode m = JSON.readTree(manifest.toFile());
            if (m == null || !m.path("format").asText("").startsWith("concord-export/") || !m.path("files").isObject()) {
                return null;
            }
            Set<String> out = new TreeSet<>();
            for (Iterator<String> it = m.get("files").fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (name.isEmpty() || name.startsWith("/") || name.endsWith("/") || name.contains("\\")
                        || List.of(name.split("/")).contains("..")) {
                    return null;
                }
                out.add(name);
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The files and every folder above them ("train/sft.jsonl" gives "train/" too). */
    private static Set<String> withFolders(Set<String> files) {
        Set<String> out = new TreeSet<>(files);
        for (String f : files) {
            for (int i = f.indexOf('/'); i > 0; i = f.indexOf('/', i + 1)) {
                out.add(f.substring(0, i + 1));
            }
        }
        return out;
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
    }

    private static String names(List<String> names) {
        List<String> shown = names.subList(0, Math.min(NAMED, names.size()));
        String more = names.size() > NAMED ? " and " + (names.size() - NAMED) + " more" : "";
        return String.join(", ", shown) + more;
    }
}
