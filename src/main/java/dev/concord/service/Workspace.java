package dev.concord.service;

import dev.concord.model.ProgressListener;
import dev.concord.store.Database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where Concord keeps its files: {@code ~/.concord} unless the system property {@code concord.home} or the
 * environment variable {@code CONCORD_HOME} says otherwise. The default database is
 * {@code concord.db} there; on its first start it is filled with the bundled sample data.
 */
public final class Workspace {
    /** The bundled sample logs, in the order they are ingested. */
    public static final List<String> SAMPLE_FILES =
            List.of("coding-assistant.jsonl", "support-assistant.jsonl", "simple-records.jsonl");

    private final Path home;

    public Workspace(Path home) {
        this.home = home;
    }

    public static Workspace standard() {
        String prop = System.getProperty("concord.home");
        String env = System.getenv("CONCORD_HOME");
        String chosen = prop != null && !prop.isBlank() ? prop : env;
        return new Workspace(chosen != null && !chosen.isBlank() ? Path.of(chosen)
                : Path.of(System.getProperty("user.home"), ".concord"));
    }

    public Path home() {
        return home;
    }

    public Path defaultDatabase() {
        return home.resolve("concord.db");
    }

    /**
     * Opens the database {@code location} names (a SQLite file or a {@code jdbc:postgresql://} URL, see
     * {@link Database#at}), or the default one when it is empty. A default database that did not exist yet is
     * filled with the sample data; the report of that ingest is returned beside it.
     */
    public Opened open(Optional<String> location, ProgressListener progress) {
        if (location.isPresent()) {
            return new Opened(Database.at(location.get()), null);
        }
        Path path = defaultDatabase();
        boolean fresh = !Files.exists(path);
        Database db = Database.openSqlite(path);
        IngestReport report = null;
        if (fresh) {
            List<Path> samples = sampleFiles();
            if (!samples.isEmpty()) {
                report = new ImportService(db).ingest(samples, progress);
            }
        }
        return new Opened(db, report);
    }

    /** An open database and, when it was just created from the samples, that ingest's report. */
    public record Opened(Database database, IngestReport sampleIngest) {
    }

    /**
     * The sample logs: from {@code ./sample-data} when run from the project folder, otherwise copied out of
     * the application jar into {@code <home>/sample-data}.
     */
    public List<Path> sampleFiles() {
        Path local = Path.of("sample-data");
        List<Path> out = new ArrayList<>();
        for (String name : SAMPLE_FILES) {
            Path p = local.resolve(name);
            if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                extract(name).ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<Path> extract(String name) {
        try (InputStream in = Workspace.class.getResourceAsStream("/sample-data/" + name)) {
            if (in == null) {
                return Optional.empty();
            }
            Path dir = Files.createDirectories(home.resolve("sample-data"));
            Path target = dir.resolve(name);
            Path tmp = Files.createTempFile(dir, name, ".tmp");
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Optional.of(target);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
