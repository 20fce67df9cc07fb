package dev.concord.ui;

import dev.concord.model.CancelledException;
import dev.concord.review.Viewer;
import dev.concord.service.ConnectionProblem;
import dev.concord.service.ImportService;
import dev.concord.service.RecentConnections;
import dev.concord.service.IngestReport;
import dev.concord.store.Database;
import dev.concord.store.WriteWait;
import dev.concord.ui.common.ErrorAdvice;
import dev.concord.ui.common.TaskExecutor;
import dev.concord.ui.queue.ForgetViewModel;
import dev.concord.ui.reviewer.RulesViewModel;
import dev.concord.ui.adjudicate.DisagreementsViewModel;
import dev.concord.ui.agreement.AgreementViewModel;
import dev.concord.ui.export.ExportViewModel;
import dev.concord.ui.queue.QueueViewModel;
import dev.concord.ui.review.ReviewViewModel;
import dev.concord.ui.review.ReviewWorkbench;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * State of the main window: which database is open, the feature view-models over it (made by {@link AppWiring}),
 * background work and the last import report.
 */
public final class MainViewModel {
    private final AppWiring wiring;
    private final TaskExecutor tasks;
    private final ReadOnlyStringWrapper databaseName = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper waiting = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<IngestReport> lastReport = new ReadOnlyObjectWrapper<>();
    private final QueueViewModel queue;
    private final ReviewWorkbench workbench;
    private final ReviewViewModel reviewing;
    private final AgreementViewModel agreement;
    private final ForgetViewModel forgetting;
    private DisagreementsViewModel disagreements;
    private Database database;
    private Consumer<ErrorAdvice> onError = advice -> { };
    private Consumer<Path> onOpened = file -> { };

    public MainViewModel(Database database, AppWiring wiring) {
        this.database = database;
        this.wiring = wiring;
        this.tasks = wiring.tasks();
        this.databaseName.set(database.displayName());
        this.queue = wiring.queue(database);
        this.workbench = wiring.workbench(database);
        workbench.setOnError(this::report);
        this.reviewing = new ReviewViewModel(workbench);
        this.agreement = wiring.agreement(this::database, () -> Viewer.of(workbench.reviewer()));
        this.forgetting = wiring.forgetting(this::database, queue::refresh, this::showStatus);
        showWaits(database);
    }

    /** Shows, while a write waits for another process writing to the database, what it waits for. */
    private void showWaits(Database db) {
        db.waitForWriters(db.writeWait().tellingTo(new WriteWait.Listener() {
            @Override
            public void waiting(String message, Duration waited) {
                String text = message + " · " + waited.toSeconds() + " s";
                wiring.uiThread().execute(() -> waiting.set(text));
            }

            @Override
            public void done() {
                wiring.uiThread().execute(() -> waiting.set(""));
            }
        }));
    }

    /**
     * Ingests log files in the background; the report is published when done and the queue reloaded. Refused
     * (false) while other work of the main window runs: one job at a time.
     */
    public boolean importFiles(List<Path> files, Consumer<IngestReport> onDone) {
        ImportService service = wiring.importer(database);
        return tasks.runAlone("Importing " + files.size() + " file(s)…", p -> service.ingest(files, p), report -> {
            lastReport.set(report);
            status.set(String.format("Imported %,d events (%,d duplicates, %,d lines rejected)",
                    report.eventsStored(), report.duplicates(), report.rejectedLines()));
            queue.refresh();
            onDone.accept(report);
        }, t -> failed(t, "importing " + files.size() + " file(s)"));
    }

    /**
     * Opens another SQLite database file in the background and points every screen at it. Refused (false) while
     * other work of the main window runs: one job at a time.
     */
    public boolean openDatabase(Path file) {
        return tasks.runAlone("Opening " + file.getFileName() + "…", p -> Database.openSqlite(file), db -> {
            database = db;
            showWaits(db);
            workbench.useDatabase(db);
            databaseName.set(db.displayName());
            queue.useService(wiring.queueService(db));
            status.set("Opened " + db.displayName());
            onOpened.accept(file);
        }, t -> failed(t, "opening " + file.getFileName()));
    }

    /**
     * Connects to a team database (PostgreSQL) in the background as {@code user}; an empty password leaves it to
     * the PostgreSQL password file ({@code ~/.pgpass}). The password is not kept. On success the connection (URL
     * and login) joins the recent ones; on failure {@code onError} gets a sentence for the person.
     */
    public void connect(String url, String user, String password, Runnable onDone, Consumer<String> onError) {
        String shown = Database.hidePassword(url);
        tasks.run("Connecting to " + shown + "…", p -> Database.open(url, blankToNull(user), blankToNull(password)), db -> {
            database = db;
            showWaits(db);
            workbench.useDatabase(db);
            databaseName.set(db.displayName() + " as " + user.strip());
            queue.useService(wiring.queueService(db));
            status.set("Connected to " + db.displayName() + " as " + user);
            RecentConnections.standard().remember(url, user);
            onDone.run();
        }, t -> {
            String why = ConnectionProblem.describe(user, shown, t);
            status.set(why);
            onError.accept(why);
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private void failed(Throwable t, String doing) {
        if (t instanceof CancelledException) {
            status.set("Cancelled; nothing was changed.");
            return;
        }
        report(ErrorAdvice.of(t, doing));
    }

    private void report(ErrorAdvice advice) {
        status.set(advice.title());
        onError.accept(advice);
    }

    /**
     * Where failures of the main window's work and of the review screens' own reads and writes go, as advice for a
     * dialog (the status bar shows the title).
     */
    public void setOnError(Consumer<ErrorAdvice> handler) {
        this.onError = handler == null ? advice -> { } : handler;
    }

    /** Told each database file opened with {@link #openDatabase} (the recent list remembers it). */
    public void setOnOpened(Consumer<Path> handler) {
        this.onOpened = handler == null ? file -> { } : handler;
    }

    /** Shows a line in the status bar (a finished background action's outcome). */
    public void showStatus(String text) {
        status.set(text);
    }

    /** The open database, for feature view-models that build their own services over it. */
    public Database database() {
        return database;
    }

    public QueueViewModel queue() {
        return queue;
    }

    /** The review screens' shared state (services over the open database, reviewer, settings). */
    public ReviewWorkbench workbench() {
        return workbench;
    }

    public ReviewViewModel reviewing() {
        return reviewing;
    }

    public AgreementViewModel agreement() {
        return agreement;
    }

    /** The leads' queue, made the first time a lead needs it. */
    public DisagreementsViewModel disagreements() {
        if (disagreements == null) {
            disagreements = wiring.disagreements(workbench);
        }
        return disagreements;
    }

    /** The Queue tab's Forget action over the open database. */
    public ForgetViewModel forgetting() {
        return forgetting;
    }

    /** A new rules editor's state over the open database (its saved rules are read in the background). */
    public RulesViewModel rulesEditor() {
        return wiring.rules(database);
    }

    /** A new Export dialog's state over the open database. */
    public ExportViewModel exportDialog() {
        return wiring.export(database);
    }

    public TaskExecutor tasks() {
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
