package dev.concord.cli;

import dev.concord.store.Database;
import dev.concord.store.WriteWait;
import dev.concord.review.TeamRole;
import dev.concord.service.ConnectionProblem;
import dev.concord.service.TeamService;
import dev.concord.store.StoreException;
import dev.concord.service.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The shared {@code --db} option: a SQLite file or a JDBC URL; the workspace default if absent. With
 * {@code --db-wait}: how long a write waits for another process writing to the same SQLite file, saying so
 * once on standard error.
 */
final class DatabaseOption {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    @Option(names = "--db", paramLabel = "PATH",
            description = "SQLite database file or jdbc:postgresql://HOST[:PORT]/DB URL (login from the URL, "
                    + "PGUSER/PGPASSWORD or ~/.pgpass; default: ~/.concord/concord.db, or $CONCORD_HOME)")
    String db;

    @Option(names = "--db-wait", paramLabel = "SECONDS",
            description = "how long to wait while another process writes to the database before giving up with exit 4"
                    + " (default: $CONCORD_DB_WAIT, else 600)")
    Long waitSeconds;

    Database open() {
        Database database;
        if (db != null && db.startsWith("jdbc:")) {
            try {
                database = Database.open(db, System.getenv("CONCORD_DB_USER"), System.getenv("CONCORD_DB_PASSWORD"));
            } catch (StoreException e) {
                String shown = Database.hidePassword(db);
                // The sentence says it all; without the driver's exception as cause it is not taken for a refusal.
                throw ConnectionProblem.recognise(Database.loginOf(db, System.getenv("CONCORD_DB_USER")), shown, e).map(StoreException::new).orElse(e);
            }
        } else {
            database = Database.openSqlite(db == null ? Workspace.standard().defaultDatabase() : Path.of(db));
        }
        WriteWait wait = database.writeWait();
        if (waitSeconds != null) {
            if (waitSeconds < 0) {
                throw new CommandLine.ParameterException(mixee.commandLine(), "--db-wait must be 0 or more seconds");
            }
            wait = new WriteWait(Duration.ofSeconds(waitSeconds), wait.listener());
        }
        database.waitForWriters(wait.tellingTo(onceTo(mixee.commandLine().getErr(), wait)));
        return database;
    }

    /**
     * Opens the database for {@code action}, which on a team database needs {@code role} (or the owner when
     * {@code role} is null): a login below it is refused at once with one sentence naming both roles (exit 2).
     */
    Database openFor(String action, TeamRole role) {
        Database database = open();
        TeamService team = new TeamService(database);
        if (role == null) {
            team.requireOwner(action);
        } else {
            team.require(role, action);
        }
        return database;
    }

    /** Prints the first wait of this command on standard error, with how long it will last at most. */
    private static WriteWait.Listener onceTo(PrintWriter err, WriteWait wait) {
        AtomicBoolean told = new AtomicBoolean();
        return (message, waited) -> {
            if (told.compareAndSet(false, true)) {
                err.println(message + "; waiting up to " + wait.limitText() + " (--db-wait)");
                err.flush();
            }
        };
    }
}
