package dev.concord.ui;

import dev.concord.model.CancelledException;
import dev.concord.service.ImportService;
import dev.concord.service.IngestReport;
import dev.concord.service.QueueService;
import dev.concord.store.Database;
import dev.concord.store.WriteWait;
import dev.concord.ui.common.TaskRunner;
import dev.concord.ui.queue.QueueViewModel;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * State of the main window: which database is open, the queue, background work and the last import report.
 */
public final class MainViewModel {
    private final TaskRunner tasks;
    private final ReadOnlyStringWrapper databaseName = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper waiting = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<IngestReport> lastReport = new ReadOnlyObjectWrapper<>();
    private final QueueViewModel queue;
    private Database database;

    public MainViewModel(Database database, TaskRunner tasks) {
        this.database = database;
        this.tasks = tasks;
        this.databaseName.set(database.displayName());
        this.queue = new QueueViewModel(new QueueService(database));
        showWaits(database);
    }

    /** Shows, while a write waits for another process writing to the database, what it waits for. */
    private void showWaits(Database db) {
        db.waitForWriters(db.writeWait().tellingTo(new WriteWait.Listener() {
            @Override
            public void waiting(String message, Duration waited) {
                String text = message + " · " + waited.toSeconds() + " s";
                Platform.runLater(() -> waiting.set(text));
            }

            @Override
            public void done() {
                Platform.runLater(() -> waiting.set(""));
            }
        }));
    }

    /** Ingests log files in the background; the report is published when done and the queue reloaded. */
    public void importFiles(List<Path> files, Consumer<IngestReport> onDone) {
        ImportService service = new ImportService(database);
        tasks.run("Importing " + files.size() + " file(s)…", p -> service.ingest(files, p), report -> {
            lastReport.set(report);
            status.set(String.format("Imported %,d events (%,d duplicates, %,d lines rejected)",
                    report.eventsStored(), report.duplicates(), report.rejectedLines()));
            queue.refresh();
            onDone.accept(report);
        }, this::failed);
    }

    /** Opens another SQLite database file in the background and shows its queue. */
    public void openDatabase(Path file) {
        tasks.run("Opening " + file.getFileName() + "…", p -> Database.openSqlite(file), db -> {
            database = db;
            showWaits(db);
            databaseName.set(db.displayName());
            queue.useService(new QueueService(db));
            status.set("Opened " + db.displayName());
        }, this::failed);
    }

    /** Shows a line in the status bar (a finished background action's outcome). */
    public void showStatus(String text) {
        status.set(text);
    }

    private void failed(Throwable t) {
        status.set(t instanceof CancelledException ? "Cancelled; nothing was changed." : "Failed: " + t.getMessage());
    }

    /** The open database, for feature view-models that build their own services over it. */
    public Database database() {
        return database;
    }

    public QueueViewModel queue() {
        return queue;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public ReadOnlyStringProperty databaseNameProperty() {
        return databaseName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** While a write waits for another process: what it waits for and how long so far; else empty. */
    public ReadOnlyStringProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<IngestReport> lastReportProperty() {
        return lastReport.getReadOnlyProperty();
    }
}
