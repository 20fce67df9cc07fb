package dev.concord.ui;

import dev.concord.model.CancelledException;
import dev.concord.service.ImportService;
import dev.concord.service.IngestReport;
import dev.concord.service.QueueService;
import dev.concord.store.Database;
import dev.concord.ui.common.TaskRunner;
import dev.concord.ui.queue.QueueViewModel;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * State of the main window: which database is open, the queue, background work and the last import report.
 */
public final class MainViewModel {
    private final TaskRunner tasks;
    private final ReadOnlyStringWrapper databaseName = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<IngestReport> lastReport = new ReadOnlyObjectWrapper<>();
    private final QueueViewModel queue;
    private Database database;

    public MainViewModel(Database database, TaskRunner tasks) {
        this.database = database;
        this.tasks = tasks;
        this.databaseName.set(database.displayName());
        this.queue = new QueueViewModel(new QueueService(database));
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
            databaseName.set(db.displayName());
            queue.useService(new QueueService(db));
            status.set("Opened " + db.displayName());
        }, this::failed);
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

    public ReadOnlyObjectProperty<IngestReport> lastReportProperty() {
        return lastReport.getReadOnlyProperty();
    }
}
