package dev.concord.ui.start;

import dev.concord.ui.common.Styles;
import dev.concord.ui.common.TaskExecutor;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import dev.concord.ui.common.Icons;
import javafx.scene.control.Button;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The welcome screen (first start, or File → Welcome…): what Concord is for, the ways to start (the sample project,
 * importing logs, opening a database) and the recent databases, most recent first; a recent file that is gone shows
 * as missing and can be removed from the list.
 */
public final class WelcomeView extends BorderPane {
    public static final String ID = "welcome";
    public static final String SAMPLE_ID = "welcomeSample";
    public static final String IMPORT_ID = "welcomeImport";
    public static final String OPEN_ID = "welcomeOpen";
    public static final String CONNECT_ID = "welcomeConnect";
    public static final String RECENT_ID = "welcomeRecent";
    public static final String PROGRESS_ID = "welcomeProgress";
    /** The three lines that say what Concord is for. */
    static final String[] PURPOSE = {
            "Concord turns the logs of your AI agents into reviewed, agreed examples.",
            "It removes personal data on import, queues the conversations worth a second look, and lets reviewers label them blind.",
            "Where reviewers agree, it exports evaluation and training files with a manifest."};

    /** What the welcome screen's buttons do. */
    public interface Actions {
        void openSample();

        void importLogs();

        void openDatabase();

        void connectTeam();

        void open(Path database);
    }

    private final AppPrefs prefs;
    private final Actions actions;
    private final VBox recent = new VBox(6);

    public WelcomeView(AppPrefs prefs, TaskExecutor tasks, Actions actions) {
        this.prefs = prefs;
        this.actions = actions;
        setId(ID);
        getStyleClass().addAll(Styles.APP, Styles.WELCOME);
        Label title = new Label("Welcome to Concord");
        title.getStyleClass().add(Styles.WELCOME_TITLE);
        VBox purpose = new VBox(4);
        for (String line : PURPOSE) {
            Label l = new Label(line);
            l.setWrapText(true);
            purpose.getChildren().add(l);
        }
        Button sample = action(SAMPLE_ID, "Open the sample project", "Bundled example logs, ready to review",
                actions::openSample);
        Button importLogs = action(IMPORT_ID, "Import logs…", "JSON Lines logs of your agent, into a new database",
                actions::importLogs);
        Button open = action(OPEN_ID, "Open a database…", "A Concord database file (.db)", actions::openDatabase);
        Button connect = action(CONNECT_ID, "Connect to a team database…", "A PostgreSQL server your team reviews on",
                actions::connectTeam);
        for (Button b : new Button[] {sample, importLogs, open, connect}) {
            b.disableProperty().bind(tasks.runningProperty());
        }
        Icons.on(sample, MaterialDesignS.SCHOOL_OUTLINE);
        Icons.on(importLogs, MaterialDesignD.DATABASE_IMPORT);
        Icons.on(open, MaterialDesignF.FOLDER_OPEN);
        Icons.on(connect, MaterialDesignA.ACCOUNT_GROUP);
        VBox start = new VBox(8, section("Start"), sample, importLogs, open, connect);

        ProgressBar bar = new ProgressBar();
        bar.setId(PROGRESS_ID);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(tasks.progressProperty());
        Label message = new Label();
        message.getStyleClass().add(Styles.MUTED);
        message.textProperty().bind(tasks.messageProperty());
        VBox progress = new VBox(4, bar, message);
        progress.visibleProperty().bind(tasks.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());

        recent.setId(RECENT_ID);
        VBox recentBox = new VBox(8, section("Recent databases"), recent);
        HBox.setHgrow(recentBox, Priority.ALWAYS);
        recentBox.setMinWidth(300);
        HBox columns = new HBox(40, start, recentBox);
        VBox page = new VBox(18, title, purpose, progress, columns);
        page.setPadding(new Insets(36, 44, 36, 44));
        page.setMaxWidth(980);
        javafx.scene.layout.StackPane centred = new javafx.scene.layout.StackPane(page);
        centred.setAlignment(javafx.geometry.Pos.TOP_CENTER);
        ScrollPane scroll = new ScrollPane(centred);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        showRecent();
    }

    /** Re-reads the recent list (after a database was opened or one was removed). */
    public void showRecent() {
        recent.getChildren().clear();
        if (prefs.recent().isEmpty()) {
            Label none = new Label("None yet. Databases you open are listed here.");
            none.getStyleClass().add(Styles.MUTED);
            recent.getChildren().add(none);
        }
        for (Path db : prefs.recent()) {
            recent.getChildren().add(recentRow(db));
        }
    }

    private Node recentRow(Path db) {
        boolean missing = !Files.isRegularFile(db);
        Button open = new Button(db.getFileName() == null ? db.toString() : db.getFileName().toString());
        open.getStyleClass().add("recent-open");
        open.setTooltip(new Tooltip(db.toString()));
        open.setDisable(missing);
        open.setOnAction(e -> actions.open(db));
        Label where = new Label(missing ? "missing: " + db : db.toString());
        where.getStyleClass().add(missing ? Styles.RECENT_MISSING : Styles.MUTED);
        where.setMinWidth(0);
        HBox.setHgrow(where, Priority.ALWAYS);
        where.setMaxWidth(Double.MAX_VALUE);
        Button remove = new Button("Remove");
        remove.setTooltip(new Tooltip("Take it off this list (the file is not touched)"));
        remove.setOnAction(e -> {
            prefs.forget(db);
            showRecent();
        });
        Region gap = new Region();
        HBox row = new HBox(8, open, where, gap, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setUserData(db);
        return row;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.SECTION_TITLE);
        return l;
    }

    private static Button action(String id, String text, String hint, Runnable run) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add(Styles.WELCOME_ACTION);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setTooltip(new Tooltip(hint));
        b.setOnAction(e -> run.run());
        return b;
    }

    /** The recent list's rows: each row's user data is its database path. */
    public VBox recentList() {
        return recent;
    }
}
