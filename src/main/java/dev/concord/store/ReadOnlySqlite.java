package dev.concord.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * Opens a SQLite database without writing to it (see {@link Database#openSqliteReadOnly}). A WAL database that
 * is closed has no {@code -wal} file; it is opened {@code immutable=1}, which needs no lock or {@code -shm} file
 * and so works in a folder nobody may write. With a {@code -wal} file, someone may have it open or may have left
 * changes in the log: SQLite's {@code mode=ro} reads through the log (and coordinates with writers); if that cannot
 * work (no {@code -shm} and no right to create one), an empty log is ignored safely and a non-empty one is an error.
 */
final class ReadOnlySqlite {
    private ReadOnlySqlite() {
    }

    static Database open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException("cannot open " + file + " read-only: the database file does not exist");
        }
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        if (!Files.exists(wal)) {
            return checked(database(file, true));
        }
        Database db = database(file, false);
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
            rs.next();
        } catch (SQLException e) {
            if (size(wal) == 0) {
                return checked(database(file, true));
            }
            throw new StoreException("cannot open " + file + " read-only: it has a write-ahead log (" + wal.getFileName()
                    + ") that SQLite can only read with write access to the folder. Open it once with write access "
                    + "(that folds the log into the database), or copy it with its -wal file to a folder you may write", e);
        }
        return checked(db);
    }

    /** The database a {@code jdbc:sqlite:} URL names (the part after that prefix): read-only when it says {@code mode=ro}. */
    static Database fromUrl(String rest) {
        int q = rest.indexOf('?');
        String name = q < 0 ? rest : rest.substring(0, q);
        boolean readOnly = q >= 0 && Arrays.asList(rest.substring(q + 1).split("&")).contains("mode=ro");
        Path file;
        if (name.startsWith("file://")) {
            file = Path.of(URI.create(name));
        } else if (name.startsWith("file:")) {
            file = Path.of(URLDecoder.decode(name.substring("file:".length()), StandardCharsets.UTF_8));
        } else {
            file = Path.of(name);
        }
        return readOnly ? Database.openSqliteReadOnly(file) : Database.openSqlite(file);
    }

    private static Database database(Path file, boolean immutable) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        String url = "jdbc:sqlite:" + file.toUri() + (immutable ? "?mode=ro&immutable=1" : "?mode=ro");
        return Database.readOnlySqlite(url, file.toString(), config.toProperties());
    }

    /** The database, once its schema is known to be current (a read-only one cannot be migrated). */
    private static Database checked(Database db) {
        MigrationInfo[] pending;
        try {
            pending = Flyway.configure().dataSource(db.url(), null, null).locations("classpath:db/migration").load()
                    .info().pending();
        } catch (RuntimeException e) {
            throw new StoreException("cannot open database " + db.displayName() + " read-only: " + e.getMessage(), e);
        }
        if (pending.length > 0) {
            throw new StoreException("cannot open database " + db.displayName() + " read-only: it was made by an older "
                    + "version of Concord and needs an upgrade to schema version "
                    + pending[pending.length - 1].getVersion() + ", which needs write access. Open it once with write access");
        }
        return db;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
