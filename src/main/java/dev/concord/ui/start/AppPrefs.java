package dev.concord.ui.start;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What the app remembers between starts, in one small properties file ({@code ui.properties} in Concord's home
 * folder; tests give a temporary one): recent databases (most recent first), window geometry, split positions,
 * the last export folder and the theme. Every change is written at once, atomically; an unreadable file counts as
 * empty (nothing remembered) rather than stopping the app.
 */
public final class AppPrefs {
    /** The theme preference's key; values {@code system}, {@code light}, {@code dark}. */
    public static final String THEME = "theme";
    public static final String EXPORT_FOLDER = "export.folder";
    static final int RECENT_MAX = 8;
    private static final String RECENT = "recent.";

    private final Path file;
    private final Properties values = new Properties();

    public AppPrefs(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                values.clear();
            }
        }
    }

    public Path file() {
        return file;
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    public Optional<Double> number(String key) {
        try {
            return get(key).map(Double::parseDouble);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void put(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.setProperty(key, value);
        }
        save();
    }

    /** The theme chosen: {@code system} until another is chosen. */
    public String theme() {
        return get(THEME).orElse("system");
    }

    /** Databases opened before, most recent first (files that went missing included). */
    public List<Path> recent() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < RECENT_MAX; i++) {
            get(RECENT + i).map(Path::of).ifPresent(out::add);
        }
        return out;
    }

    /** Puts the database first in the recent list (once), keeping the {@value #RECENT_MAX} most recent. */
    public void remember(Path database) {
        List<Path> list = recent();
        Path p = database.toAbsolutePath().normalize();
        list.remove(p);
        list.add(0, p);
        writeRecent(list);
    }

    /** Takes a database off the recent list (the file itself is not touched). */
    public void forget(Path database) {
        List<Path> list = recent();
        list.remove(database);
        writeRecent(list);
    }

    private void writeRecent(List<Path> list) {
        for (int i = 0; i < RECENT_MAX; i++) {
            values.remove(RECENT + i);
        }
        for (int i = 0; i < Math.min(RECENT_MAX, list.size()); i++) {
            values.setProperty(RECENT + i, list.get(i).toString());
        }
        save();
    }

    private void save() {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "ui", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                values.store(out, "Concord: what the app remembers between starts");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save " + file, e);
        }
    }
}
