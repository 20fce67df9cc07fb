package dev.concord.ui;

import dev.concord.review.Viewer;
import dev.concord.service.ExportService;
import dev.concord.service.ForgetService;
import dev.concord.service.ImportService;
import dev.concord.service.ProjectRules;
import dev.concord.service.QueueService;
import dev.concord.store.Database;
import dev.concord.ui.adjudicate.DisagreementsViewModel;
import dev.concord.ui.agreement.AgreementViewModel;
import dev.concord.ui.common.FxTaskExecutor;
import dev.concord.ui.common.TaskExecutor;
import dev.concord.ui.export.ExportViewModel;
import dev.concord.ui.queue.ForgetViewModel;
import dev.concord.ui.queue.QueueViewModel;
import dev.concord.ui.review.ReviewWorkbench;
import dev.concord.ui.start.AppPrefs;
import dev.concord.ui.reviewer.RulesViewModel;
import javafx.application.Platform;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The app's composition root: its task executors and every service and view-model made over the open database.
 * Views get their view-models from here (through {@link MainViewModel}) and never construct a service.
 * <p>
 * Three executors of the one {@link TaskExecutor} kind, each running its jobs one after another: the main
 * window's work (opening a database, imports, the agreement dashboard: the status bar shows it), the review
 * screens' store work (so an import does not hold up reviewing), and the Export dialog's previews and exports
 * (which it cancels and restarts as the policy changes, without touching the main window's work).
 */
public final class AppWiring {
    private final TaskExecutor main;
    private final TaskExecutor review;
    private final TaskExecutor export;
    private final Executor uiThread;
    private AppPrefs prefs;

    /** Wiring whose notices from other threads are handled on the thread that gives them (tests, no toolkit). */
    public AppWiring(TaskExecutor main, TaskExecutor review, TaskExecutor export) {
        this(main, review, export, Runnable::run);
    }

    /** @param uiThread where notices that arrive on other threads (a write waiting for another process) are shown */
    public AppWiring(TaskExecutor main, TaskExecutor review, TaskExecutor export, Executor uiThread) {
        this.main = main;
        this.review = review;
        this.export = export;
        this.uiThread = uiThread;
    }

    /** The app's wiring: background threads, results on the FX thread. */
    public static AppWiring fx() {
        return new AppWiring(new FxTaskExecutor("concord-background"), new FxTaskExecutor("concord-review"),
                new FxTaskExecutor("concord-export"), Platform::runLater);
    }

    /** Where notices that arrive on other threads are shown: the FX thread in the app. */
    public Executor uiThread() {
        return uiThread;
    }

    /** Remembers the last export folder in {@code prefs} and starts the next export beside it. */
    public AppWiring remembering(AppPrefs prefs) {
        this.prefs = prefs;
        return this;
    }

    /** The main window's executor (the status bar shows its job). */
    public TaskExecutor tasks() {
        return main;
    }

    QueueViewModel queue(Database db) {
        return new QueueViewModel(new QueueService(db), review);
    }

    QueueService queueService(Database db) {
        return new QueueService(db);
    }

    ImportService importer(Database db) {
        return new ImportService(db);
    }

    ReviewWorkbench workbench(Database db) {
        return new ReviewWorkbench(db, review);
    }

    AgreementViewModel agreement(Supplier<Database> db, Supplier<Viewer> viewer) {
        return new AgreementViewModel(db, viewer, main);
    }

    /** The Queue tab's Forget action, on the main window's executor (the status bar shows it). */
    ForgetViewModel forgetting(Supplier<Database> db, Runnable afterForget, Consumer<String> status) {
        return new ForgetViewModel(() -> new ForgetService(db.get()), main, afterForget, status);
    }

    /** The project settings' rules editor, reading and saving on the review screens' executor. */
    RulesViewModel rules(Database db) {
        return new RulesViewModel(new ProjectRules(db), review);
    }

    DisagreementsViewModel disagreements(ReviewWorkbench bench) {
        return new DisagreementsViewModel(bench);
    }

    /**
     * The Export dialog's view-model, exporting by default into {@code export-<today>} beside the last export
     * folder, or else into {@code exports/export-<today>} beside the file.
     */
    ExportViewModel export(Database db) {
        Path base = db.isSqlite() ? Path.of(db.displayName()).toAbsolutePath().getParent()
                : Path.of(System.getProperty("user.home"));
        Path parent = base.resolve("exports");
        if (prefs != null) {
            parent = prefs.get(AppPrefs.EXPORT_FOLDER).map(Path::of).map(Path::getParent).orElse(parent);
        }
        ExportViewModel vm = new ExportViewModel(new ExportService(db), export, parent.resolve("export-" + LocalDate.now()));
        if (prefs != null) {
            vm.lastExportProperty().addListener((obs, old, now) -> {
                if (now != null) {
                    prefs.put(AppPrefs.EXPORT_FOLDER, now.toAbsolutePath().toString());
                }
            });
        }
        return vm;
    }
}
