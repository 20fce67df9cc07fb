package dev.concord.ui;

import dev.concord.service.Workspace;
import dev.concord.store.Database;
import dev.concord.ui.common.Styles;
import dev.concord.ui.export.FolderOpener;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import dev.concord.ui.start.AppPrefs;
import dev.concord.ui.theme.ThemeChoice;
import dev.concord.ui.theme.Themes;
import javafx.stage.Stage;

import java.util.Optional;

/**
 * The desktop app. Opens the database named by {@code --db=PATH|URL}, else the sample project when given
 * {@code --sample} (as {@code mvn javafx:run} does), else the most recent database that still exists,
 * else shows the welcome screen (see {@link AppStart}).
 */
public final class ConcordApp extends Application {
    /** The argument that opens the sample project at once ({@code mvn javafx:run} passes it; see the pom). */
    public static final String SAMPLE_ARG = "--sample";
    /** Logged (System.Logger, standard error) once the window is on screen; the installer's CI check waits for it. */
    public static final String SHOWN = "Concord window shown";
    /** Logged once the main window replaced the splash, with the open database. */
    public static final String READY = "Concord main window ready";
    private static final System.Logger LOG = System.getLogger(ConcordApp.class.getName());
    private AppStart start;

    public static void main(String[] args) {
        launch(ConcordApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        FolderOpener.useHostServices(getHostServices());
        Optional<String> db = Optional.ofNullable(getParameters().getNamed().get("db"));
        Workspace workspace = Workspace.standard();
        AppPrefs prefs = new AppPrefs(workspace.home().resolve("ui.properties"));
        Themes.apply(ThemeChoice.fromKey(prefs.theme()));
        Scene scene = new Scene(new StackPane(), 1280, 800);
        scene.getStylesheets().addAll(Styles.stylesheets());
        stage.setTitle("Concord");
        stage.setScene(scene);
        start = new AppStart(stage, scene, workspace, prefs, AppWiring.fx());
        start.begin(db, getParameters().getUnnamed().contains(SAMPLE_ARG));
        stage.show();
        LOG.log(System.Logger.Level.INFO, SHOWN);
        stage.setOnCloseRequest(e -> {
            start.saveWindow();
            Platform.exit();
        });
    }

    @Override
    public void stop() {
        if (start != null) {
            start.saveWindow();
        }
    }
}
