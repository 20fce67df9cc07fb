package dev.concord.ui;

import dev.concord.model.ProgressListener;
import dev.concord.service.ConnectionProblem;
import dev.concord.service.RecentConnections;
import dev.concord.service.Workspace;
import dev.concord.store.Database;
import dev.concord.ui.team.ConnectDialog;
import dev.concord.ui.team.ConnectViewModel;
import dev.concord.ui.common.ErrorAdvice;
import dev.concord.ui.common.ErrorDialog;
import dev.concord.ui.common.TaskExecutor;
import dev.concord.ui.start.AppPrefs;
import dev.concord.ui.start.WelcomeView;
import dev.concord.ui.start.WindowMemory;
import dev.concord.ui.theme.ThemeChoice;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What the app shows in its one window: the welcome screen, or the main window over a database. Opens a database
 * (a remembered one, the sample project, a chosen file) in the background; a failure is a dialog that says what to
 * do, and the welcome screen stays. Remembers recent databases and the window's geometry in {@link AppPrefs}.
 */
public final class AppStart {
    private static final System.Logger LOG = System.getLogger(AppStart.class.getName());
    private final Stage stage;
    private final Scene scene;
    private final Workspace workspace;
    private final AppPrefs prefs;
    private final AppWiring wiring;
    private final WindowMemory memory;
    private final WelcomeView welcome;
    private MainView main;

    public AppStart(Stage stage, Scene scene, Workspace workspace, AppPrefs prefs, AppWiring wiring) {
        this.stage = stage;
        this.scene = scene;
        this.workspace = workspace;
        this.prefs = prefs;
        this.wiring = wiring.remembering(prefs);
        this.memory = new WindowMemory(prefs);
        this.welcome = new WelcomeView(prefs, wiring.tasks(), new WelcomeView.Actions() {
            @Override
            public void openSample() {
                AppStart.this.openSample();
            }

            @Override
            public void importLogs() {
                chooseLogs();
            }

            @Override
            public void openDatabase() {
                chooseDatabase();
            }

            @Override
            public void connectTeam() {
                new ConnectDialog(stage, new ConnectViewModel(RecentConnections.standard(), AppStart.this::connect)).show();
            }

            @Override
            public void open(Path database) {
                AppStart.this.open(database);
            }
        });
        memory.restore(stage);
    }

    /**
     * The first screen: the database asked for (a SQLite file or a {@code jdbc:postgresql://} URL), else the sample
     * project when {@code sample} (what {@code mvn javafx:run} asks for), else the most recent database that still
     * exists, else the welcome.
     */
    public void begin(Optional<String> asked, boolean sample) {
        if (asked.isPresent()) {
            String location = asked.get();
            load("opening " + Database.hidePassword(location), p -> workspace.open(Optional.of(location), p), List.of());
            return;
        }
        if (sample) {
            openSample();
            return;
        }
        Optional<Path> recent = prefs.recent().stream().filter(Files::isRegularFile).findFirst();
        if (recent.isPresent()) {
            open(recent.get());
        } else {
            showWelcome();
        }
    }

    public void showWelcome() {
        welcome.showRecent();
        stage.titleProperty().unbind();
        stage.setTitle("Concord");
        scene.setRoot(welcome);
    }

    public void open(Path database) {
        load("opening " + database.getFileName(), p -> workspace.open(Optional.of(database.toString()), p), List.of());
    }

    public void openSample() {
        load("opening the sample project", workspace::openSample, List.of());
    }

    /** Opens (or creates) the workspace's own database and imports the logs into it. */
    public void importLogs(List<Path> logs) {
        load("opening " + workspace.defaultDatabase().getFileName(),
                p -> workspace.open(Optional.of(workspace.defaultDatabase().toString()), p), logs);
    }

    /** Saves the window's geometry and split positions (the app calls it when it closes). */
    public void saveWindow() {
        memory.save(stage);
    }

    /** The main window, once a database is open. */
    public MainView main() {
        return main;
    }

    private void load(String doing, Function<ProgressListener, Workspace.Opened> work, List<Path> thenImport) {
        TaskExecutor tasks = wiring.tasks();
        if (scene.getRoot() != welcome) {
            showWelcome();
        }
        tasks.runAlone(doing.substring(0, 1).toUpperCase() + doing.substring(1) + "…", work::apply,
                opened -> show(opened, thenImport), error -> ErrorDialog.show(stage, ErrorAdvice.of(error, doing)));
    }

    /**
     * Connects to a team database (PostgreSQL) in the background as {@code user} and shows its main window; an empty
     * password leaves it to the PostgreSQL password file. The password is not kept; a failure is one sentence for
     * the Connect dialog.
     */
    public void connect(String url, String user, String password, Runnable onDone, Consumer<String> onError) {
        String shown = Database.hidePassword(url);
        wiring.tasks().runAlone("Connecting to " + shown + "…",
                p -> new Workspace.Opened(Database.open(url, blankToNull(user), blankToNull(password)), null), opened -> {
                    RecentConnections.standard().remember(url, user);
                    onDone.run();
                    show(opened, List.of());
                }, t -> onError.accept(ConnectionProblem.describe(user, shown, t)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private void show(Workspace.Opened opened, List<Path> thenImport) {
        if (opened.database().isSqlite()) {
            prefs.remember(Path.of(opened.database().displayName()));
        }
        MainViewModel vm = new MainViewModel(opened.database(), wiring);
        vm.setOnOpened(prefs::remember);
        main = new MainView(vm);
        main.setOnWelcome(this::showWelcome);
        main.showViewMenu(ThemeMenu.view(ThemeChoice.fromKey(prefs.theme()), c -> prefs.put(AppPrefs.THEME, c.key())));
        memory.track(main.queueSplit(), "queue");
        scene.setRoot(main);
        stage.titleProperty().bind(Bindings.concat("Concord — ", vm.databaseNameProperty()));
        if (!thenImport.isEmpty()) {
            main.importFiles(thenImport);
        }
        MainView shown = main;
        Platform.runLater(() -> shown.reviewerActions().pickIfNeeded(stage));
        LOG.log(System.Logger.Level.INFO, ConcordApp.READY + ": " + opened.database().displayName());
    }

    private void chooseLogs() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import agent logs");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("JSON Lines", "*.jsonl", "*.json", "*.ndjson"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null && !files.isEmpty()) {
            importLogs(files.stream().map(File::toPath).toList());
        }
    }

    private void chooseDatabase() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a Concord database");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Concord database", "*.db", "*.sqlite"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            open(file.toPath());
        }
    }
}
