package dev.concord.ui;

import dev.concord.service.Workspace;
import dev.concord.store.Database;
import dev.concord.ui.common.Styles;
import dev.concord.ui.common.TaskExecutor;
import javafx.beans.binding.Bindings;
import dev.concord.ui.export.FolderOpener;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.util.Optional;

/**
 * The desktop app. Opens the database named by {@code --db=PATH}, or the workspace default (filled with the
 * bundled sample data on first start, in the background with a progress bar).
 */
public final class ConcordApp extends Application {
    /** Logged (System.Logger, standard error) once the window is on screen; the installer's CI check waits for it. */
    public static final String SHOWN = "Concord window shown";
    /** Logged once the main window replaced the splash, with the open database. */
    public static final String READY = "Concord main window ready";
    private static final System.Logger LOG = System.getLogger(ConcordApp.class.getName());

    public static void main(String[] args) {
        launch(ConcordApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        FolderOpener.useHostServices(getHostServices());
        Optional<String> db = Optional.ofNullable(getParameters().getNamed().get("db"));
        Workspace workspace = Workspace.standard();
        ProgressBar bar = new ProgressBar(-1);
        bar.setPrefWidth(320);
        Label label = new Label("Opening " + db.map(Database::hidePassword).orElse(workspace.defaultDatabase().toString())
                + (db.isEmpty() ? "\n(first start ingests the bundled sample data)" : ""));
        VBox splash = new VBox(12, label, bar);
        splash.setAlignment(Pos.CENTER);
        splash.setPadding(new Insets(30));
        Scene scene = new Scene(splash, 1280, 800);
        scene.getStylesheets().addAll(Styles.stylesheets());
        stage.setTitle("Concord");
        stage.setScene(scene);
        stage.show();
        LOG.log(System.Logger.Level.INFO, SHOWN);

        AppWiring wiring = AppWiring.fx();
        TaskExecutor tasks = wiring.tasks();
        bar.progressProperty().bind(tasks.progressProperty());
        tasks.run("Opening the database…", progress -> workspace.open(db, progress), opened -> {
            MainViewModel vm = new MainViewModel(opened.database(), wiring);
            MainView main = new MainView(vm);
            scene.setRoot(main);
            stage.titleProperty().bind(Bindings.concat("Concord — ", vm.databaseNameProperty()));
            Platform.runLater(() -> main.reviewerActions().pickIfNeeded(stage));
            LOG.log(System.Logger.Level.INFO, READY + ": " + opened.database().displayName());
        }, error -> {
            label.setText("Cannot open the database:\n" + error.getMessage());
            bar.setVisible(false);
        });
        stage.setOnCloseRequest(e -> Platform.exit());
    }
}
