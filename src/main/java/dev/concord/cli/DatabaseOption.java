package dev.concord.cli;

import dev.concord.store.Database;
import dev.concord.service.Workspace;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The shared {@code --db} option: a SQLite file or a JDBC URL; the workspace default if absent. */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "PATH",
            description = "SQLite database file or JDBC URL (default: ~/.concord/concord.db, or $CONCORD_HOME)")
    String db;

    Database open() {
        if (db != null && db.startsWith("jdbc:")) {
            return Database.open(db, System.getenv("CONCORD_DB_USER"), System.getenv("CONCORD_DB_PASSWORD"));
        }
        Path path = db == null ? Workspace.standard().defaultDatabase() : Path.of(db);
        return Database.openSqlite(path);
    }
}
