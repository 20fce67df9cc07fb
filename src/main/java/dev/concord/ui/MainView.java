package dev.concord.ui;

import dev.concord.review.Reviewer;
import dev.concord.service.RecentConnections;
import dev.concord.ui.adjudicate.DisagreementsView;
import dev.concord.ui.team.ConnectDialog;
import dev.concord.ui.team.ConnectViewModel;
import javafx.beans.binding.Bindings;
import dev.concord.ui.agreement.AgreementTab;
import dev.concord.ui.common.ErrorAdvice;
import dev.concord.ui.common.ErrorDialog;
import dev.concord.ui.common.Icons;
import dev.concord.ui.common.Notices;
import dev.concord.ui.common.Shortcuts;
import dev.concord.ui.common.StatusBar;
import dev.concord.ui.common.markdown.MarkdownView;
import dev.concord.ui.help.HelpMenu;
import dev.concord.ui.common.Styles;
import dev.concord.ui.export.ExportDialog;
import dev.concord.ui.ingest.ImportReportDialog;
import dev.concord.ui.queue.ItemDetailView;
import dev.concord.ui.queue.ForgetDialog;
import dev.concord.ui.queue.ForgetViewModel;
import dev.concord.ui.queue.QueueView;
import dev.concord.ui.review.ReviewTabs;
import dev.concord.ui.review.ReviewView;
import dev.concord.ui.review.ReviewViewModel;
import dev.concord.ui.review.ReviewWorkbench;
import dev.concord.ui.reviewer.ReviewerActions;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.control.Menu;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;

import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * The main window: menu, one tab per feature (the flagged queue beside the selected item first; Disagreements
 * only while a lead is reviewing), status bar.
 */
public final class MainView extends BorderPane {
    public static final String IMPORT_MENU_ID = "importMenuItem";
    public static final String TABS_ID = "mainTabs";
    public static final String EXPORT_MENU_ID = "exportMenuItem";
    public static final String CONNECT_MENU_ID = "connectMenuItem";
    public static final String WELCOME_MENU_ID = "welcomeMenuItem";
    /** Position of the Review tab (after Queue). */
    public static final int REVIEW_TAB = 1;

    private final MainViewModel vm;
    private final QueueView queueView;
    private final TabPane tabs = new TabPane();
    private final ReviewWorkbench review;
    private final ReviewerActions reviewerActions;
    private Tab disagreements;
    private final SplitPane split;
    private Runnable onWelcome;

    public MainView(MainViewModel vm) {
        this.vm = vm;
        getStyleClass().add(Styles.APP);
        queueView = new QueueView(vm.queue());
        ItemDetailView detail = new ItemDetailView(vm.queue().selectedItemProperty());
        split = new SplitPane(queueView, detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.56);
        tabs.setId(TABS_ID);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().add(Icons.on(new Tab("Queue", split), MaterialDesignT.TRAY_FULL));
        review = vm.workbench();
        reviewerActions = new ReviewerActions(review, vm::rulesEditor, () -> tabs.getSelectionModel().select(REVIEW_TAB));
        ReviewViewModel reviewing = vm.reviewing();
        Tab reviewTab = Icons.on(ReviewTabs.tab("Review", new ReviewView(reviewing)), MaterialDesignF.FORMAT_LIST_CHECKS);
        vm.queue().setOnReview(id -> {
            tabs.getSelectionModel().select(reviewTab);
            reviewing.chooser().open(id);
        });
        tabs.getTabs().add(reviewTab);
        ForgetViewModel forgetting = vm.forgetting();
        vm.queue().setOnForget(entry -> forgetting.preview(entry.session(), counted -> {
            if (new ForgetDialog(getScene().getWindow(), entry.session(), counted).confirmed()) {
                forgetting.forget(entry.session());
            }
        }));
        // On a team database only an admin may erase sessions; the button is off for everyone else.
        vm.queue().setForgetAllowed(review.mayAdminister());
        review.memberProperty().addListener((obs, old, now) -> vm.queue().setForgetAllowed(review.mayAdminister()));
        showDisagreements(review.reviewer());
        review.reviewerProperty().addListener((obs, old, now) -> showDisagreements(now));
        tabs.getTabs().add(Icons.on(new AgreementTab(vm.agreement(), vm.databaseNameProperty(), review.reviewerProperty()),
                MaterialDesignC.CHART_BAR));
        setTop(menu());
        sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                Shortcuts.put(now, MarkdownView.RAW_KEY, MarkdownView.RAW_KEY_DESCRIPTION, MarkdownView::toggleRaw);
            }
        });
        setCenter(tabs);
        vm.setOnError(advice -> ErrorDialog.show(getScene() == null ? null : getScene().getWindow(), advice));
        setBottom(new StatusBar(vm.databaseNameProperty(), review.whoProperty(), vm.statusProperty(),
                vm.waitingProperty(), vm.tasks()));
    }

    /** The Disagreements tab (every reviewer's labels of disagreeing items) is there for leads only. */
    private void showDisagreements(Reviewer reviewer) {
        boolean lead = reviewer != null && reviewer.lead();
        if (lead && disagreements == null) {
            disagreements = Icons.on(ReviewTabs.tab("Disagreements", new DisagreementsView(vm.disagreements())),
                    MaterialDesignS.SCALE_BALANCE);
        }
        if (lead && !tabs.getTabs().contains(disagreements)) {
            tabs.getTabs().add(2, disagreements);
        } else if (!lead && disagreements != null) {
            tabs.getTabs().remove(disagreements);
        }
    }

    /** Puts the View menu (the theme) after File. */
    public void showViewMenu(Menu view) {
        ((MenuBar) getTop()).getMenus().add(1, view);
    }

    /** The Queue tab's split between the table and the selected item. */
    public SplitPane queueSplit() {
        return split;
    }

    /** What File → Welcome does (the app shows the welcome screen); without it the item is hidden. */
    public void setOnWelcome(Runnable action) {
        this.onWelcome = action;
    }

    public QueueView queueView() {
        return queueView;
    }

    public TabPane tabs() {
        return tabs;
    }

    /** The review screens' shared state (database services, reviewer, settings). */
    public ReviewWorkbench review() {
        return review;
    }

    /** Switch reviewer, project settings, and the who-am-I prompt. */
    public ReviewerActions reviewerActions() {
        return reviewerActions;
    }

    private MenuBar menu() {
        MenuItem importItem = Icons.on(new MenuItem("Import…"), MaterialDesignD.DATABASE_IMPORT);
        importItem.setId(IMPORT_MENU_ID);
        importItem.setAccelerator(KeyCombination.keyCombination("Shortcut+I"));
        importItem.setOnAction(e -> chooseAndImport());
        importItem.disableProperty().bind(vm.tasks().runningProperty().or(Bindings.createBooleanBinding(
                () -> !review.mayAdminister(), review.memberProperty())));
        MenuItem export = Icons.on(new MenuItem("Export…"), MaterialDesignD.DATABASE_EXPORT);
        export.setId(EXPORT_MENU_ID);
        export.setAccelerator(ExportDialog.shortcut());
        export.setOnAction(e -> openExport());
        export.disableProperty().bind(vm.tasks().runningProperty().or(Bindings.createBooleanBinding(
                () -> !review.mayAdminister(), review.memberProperty())));
        MenuItem open = Icons.on(new MenuItem("Open database…"), MaterialDesignF.FOLDER_OPEN);
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> chooseDatabase());
        open.disableProperty().bind(vm.tasks().runningProperty());
        MenuItem connect = Icons.on(new MenuItem("Connect to a team database…"), MaterialDesignA.ACCOUNT_GROUP);
        connect.setId(CONNECT_MENU_ID);
        connect.setOnAction(e -> new ConnectDialog(getScene().getWindow(), new ConnectViewModel(
                RecentConnections.standard(), vm::connect)).show());
        connect.disableProperty().bind(vm.tasks().runningProperty());
        MenuItem quit = Icons.on(new MenuItem("Quit"), MaterialDesignE.EXIT_TO_APP);
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> Platform.exit());
        MenuItem welcome = Icons.on(new MenuItem("Welcome…"), MaterialDesignH.HOME);
        welcome.setId(WELCOME_MENU_ID);
        welcome.setOnAction(e -> {
            if (onWelcome != null) {
                onWelcome.run();
            }
        });
        welcome.disableProperty().bind(vm.tasks().runningProperty());
        return new MenuBar(new Menu("File", null, welcome, importItem, export, open, connect, quit),
                reviewerActions.menu(() -> getScene().getWindow()), HelpMenu.create(() -> getScene()));
    }

    /**
     * The Export dialog, for leads: an export (and its preview's excluded items) shows every agreed item's labels
     * and corrections, which a reviewer may not see before reviewing each item (reviews are blind).
     */
    private void openExport() {
        if (!ExportDialog.allowed(review.reviewer()) || !review.mayAdminister()) {
            Alert a = new Alert(Alert.AlertType.INFORMATION, review.mayAdminister() ? ExportDialog.LEADS_ONLY
                    : "On a team database only an admin exports: the database lets nobody else save the policy.",
                    ButtonType.OK);
            a.initOwner(getScene().getWindow());
            a.setHeaderText(review.mayAdminister() ? "Export is for leads" : "Export is for admins");
            a.getDialogPane().getStylesheets().addAll(Styles.stylesheets());
            a.show();
            return;
        }
        new ExportDialog(getScene().getWindow(), vm.exportDialog()).show();
    }

    private void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import agent logs");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("JSON Lines", "*.jsonl", "*.json", "*.ndjson"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(getScene().getWindow());
        if (files != null && !files.isEmpty()) {
            importFiles(files.stream().map(File::toPath).toList());
        }
    }

    /** Imports files in the background and shows the report when done. */
    public void importFiles(List<Path> files) {
        vm.importFiles(files, report -> {
            review.itemsChanged();
            Notices.finished(getScene().getWindow(), "Import finished", vm.statusProperty().get());
            if (!report.fileErrors().isEmpty()) {
                ErrorDialog.show(getScene().getWindow(), ErrorAdvice.unreadableLogs(report.fileErrors(),
                        report.eventsStored() > 0));
            }
            if (report.fileErrors().size() < files.size()) {
                new ImportReportDialog(getScene().getWindow(), report).show();
            }
        });
    }

    private void chooseDatabase() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a Concord database");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Concord database", "*.db", "*.sqlite"));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            vm.openDatabase(file.toPath());
        }
    }
}
