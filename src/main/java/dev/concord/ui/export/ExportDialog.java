package dev.concord.ui.export;

import dev.concord.review.Reviewer;
import dev.concord.ui.common.Icons;
import dev.concord.ui.common.Notices;
import dev.concord.ui.common.Styles;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;

/**
 * File → Export…: the policy on the left, the live preview on the right, the folder, progress and actions below.
 * Keys: Enter exports, F5 previews again, Esc stops a running job (or closes the dialog when idle).
 */
public final class ExportDialog extends Stage {
    /** Why a reviewer who is not a lead cannot open the dialog. */
    public static final String LEADS_ONLY = "An export writes every agreed item's labels and corrections, and its "
            + "preview lists why each item stays out. Reviews are blind, so only a lead may export. Switch to a lead "
            + "with Review ▸ Switch reviewer… (Ctrl+Shift+R).";

    /** Whether this reviewer may open the Export dialog: leads only. */
    public static boolean allowed(Reviewer reviewer) {
        return reviewer != null && reviewer.lead();
    }

    public static final String FOLDER_ID = "exportFolder";
    public static final String EXPORT_ID = "exportButton";
    public static final String STOP_ID = "exportStop";
    public static final String OPEN_ID = "exportOpenFolder";
    public static final String STATUS_ID = "exportStatus";
    public static final String PROGRESS_ID = "exportProgress";

    public static final String SCROLL_ID = "exportScroll";
    /** Below this size the dialog's content scrolls instead of squeezing. */
    static final double MIN_WIDTH = 860;
    static final double MIN_HEIGHT = 560;

    private final ExportViewModel vm;

    public ExportDialog(Window owner, ExportViewModel vm) {
        this.vm = vm;
        initOwner(owner);
        initModality(Modality.WINDOW_MODAL);
        setTitle("Export eval and training data");
        BorderPane root = new BorderPane();
        root.getStyleClass().addAll(Styles.APP, Styles.EXPORT_DIALOG);
        ScrollPane policy = new ScrollPane(new PolicyEditor(vm.form(), vm.policyErrorProperty()));
        policy.setFitToWidth(true);
        policy.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        policy.setPrefWidth(330);
        root.setLeft(policy);
        root.setCenter(new PreviewPane(vm));
        root.setBottom(footer());
        root.setMinSize(MIN_WIDTH, MIN_HEIGHT);
        ScrollPane fit = new ScrollPane(root);
        fit.setId(SCROLL_ID);
        fit.setFitToWidth(true);
        fit.setFitToHeight(true);
        javafx.geometry.Rectangle2D screen = (owner == null ? javafx.stage.Screen.getPrimary()
                : javafx.stage.Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(),
                owner.getHeight()).stream().findFirst().orElse(javafx.stage.Screen.getPrimary())).getVisualBounds();
        Scene scene = new Scene(fit, fitted(1100, owner == null ? 1100 : owner.getWidth(), MIN_WIDTH, screen.getWidth()),
                fitted(720, owner == null ? 720 : owner.getHeight(), MIN_HEIGHT, screen.getHeight()));
        scene.getStylesheets().addAll(Styles.stylesheets());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), vm::preview);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), () -> {
            if (vm.runningProperty().get()) {
                vm.cancel();
            } else {
                close();
            }
        });
        setScene(scene);
        setOnShown(e -> vm.start());
        setOnHidden(e -> vm.cancel());
    }

    private VBox footer() {
        TextField folder = new TextField();
        folder.setId(FOLDER_ID);
        folder.textProperty().bindBidirectional(vm.outFolderProperty());
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button choose = Icons.on(new Button("_Choose…"), MaterialDesignF.FOLDER_OUTLINE);
        choose.setOnAction(e -> chooseFolder());
        HBox folderRow = new HBox(8, new Label("Export folder"), folder, choose);
        folderRow.setAlignment(Pos.CENTER_LEFT);

        ProgressBar bar = new ProgressBar(0);
        bar.setId(PROGRESS_ID);
        bar.setPrefWidth(220);
        bar.progressProperty().bind(vm.tasks().progressProperty());
        bar.visibleProperty().bind(vm.runningProperty());
        Label status = new Label();
        status.setId(STATUS_ID);
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add(Styles.MUTED);
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);

        Button export = Icons.on(new Button("_Export  (Enter)"), MaterialDesignD.DATABASE_EXPORT);
        export.setId(EXPORT_ID);
        export.setDefaultButton(true);
        export.disableProperty().bind(vm.runningProperty().or(vm.policyErrorProperty().isNotEmpty()));
        export.setOnAction(e -> vm.export());
        Button stop = Icons.on(new Button("_Stop  (Esc)"), MaterialDesignS.STOP);
        stop.setId(STOP_ID);
        stop.disableProperty().bind(vm.runningProperty().not());
        stop.setOnAction(e -> vm.cancel());
        Button open = Icons.on(new Button("_Open folder"), MaterialDesignF.FOLDER_OPEN);
        open.setId(OPEN_ID);
        open.disableProperty().bind(vm.lastExportProperty().isNull());
        open.setOnAction(e -> openFolder());
        vm.lastExportProperty().addListener((obs, old, now) -> {
            if (now != null) {
                Notices.finished(this, "Export finished", "Written to " + now);
            }
        });
        open.setTooltip(new Tooltip("Shows the last export in the file manager"));
        Button close = new Button("Close");
        close.setOnAction(e -> close());
        for (Button b : new Button[] {export, stop, open, close}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox actions = new HBox(8, bar, status, export, stop, open, close);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox footer = new VBox(10, folderRow, actions);
        footer.getStyleClass().add(Styles.EXPORT_FOOTER);
        footer.setPadding(new Insets(10, 12, 10, 12));
        return footer;
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export folder (new, empty, or a previous export)");
        File dir = chooser.showDialog(this);
        if (dir != null) {
            vm.outFolderProperty().set(dir.getAbsolutePath());
        }
    }

    private void openFolder() {
        Path folder = vm.lastExportProperty().get();
        if (folder != null && !FolderOpener.open(folder)) {
            vm.folderNotOpened(folder);
        }
    }

    /**
     * The wanted size, within the owner window (less a margin) but not below the content's minimum, and never
     * beyond the screen: on a small screen the content scrolls.
     */
    static double fitted(double wanted, double owner, double minimum, double screen) {
        return Math.min(screen, Math.max(minimum, Math.min(wanted, owner - 40)));
    }

    /** The key that opens this dialog from the main window. */
    public static KeyCombination shortcut() {
        return KeyCombination.keyCombination("Shortcut+E");
    }
}
