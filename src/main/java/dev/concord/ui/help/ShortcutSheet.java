package dev.concord.ui.help;

import dev.concord.ui.adjudicate.DisagreementsView;
import dev.concord.ui.common.Shortcuts;
import dev.concord.ui.common.Styles;
import dev.concord.ui.review.ReviewView;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * F1: every keyboard shortcut of the app on one sheet. The window's shortcuts are read from the scene's
 * accelerators when the sheet opens (menu items by their menu and text, the others by what
 * {@link Shortcuts#put} registered), so the sheet cannot drift from the keys; the screens' own keys come from the
 * lists those screens show in their shortcut bars.
 */
public final class ShortcutSheet {
    public static final String ID = "shortcutSheet";
    public static final KeyCombination KEY = new KeyCodeCombination(KeyCode.F1);
    private static final String LABELS = "1–9";

    private ShortcutSheet() {
    }

    /** The window's accelerators: display text of the key, what it does. */
    public static Map<String, String> windowKeys(Scene scene) {
        Map<KeyCombination, String> names = new LinkedHashMap<>();
        if (scene.getRoot() != null) {
            scene.getRoot().lookupAll(".menu-bar").forEach(n -> menuNames((MenuBar) n, names));
        }
        Map<KeyCombination, String> described = new LinkedHashMap<>(Shortcuts.descriptions(scene));
        described.put(new KeyCodeCombination(KeyCode.F10), "Move into the menu bar (then the arrow keys)");
        Map<String, String> out = new LinkedHashMap<>();
        names.forEach((key, name) -> out.put(key.getDisplayText(), name));
        described.forEach((key, name) -> out.putIfAbsent(key.getDisplayText(), name));
        scene.getAccelerators().keySet().forEach(key -> out.putIfAbsent(key.getDisplayText(), "(undescribed)"));
        return out;
    }

    private static void menuNames(MenuBar bar, Map<KeyCombination, String> names) {
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (item.getAccelerator() != null) {
                    names.put(item.getAccelerator(), menu.getText() + " → " + item.getText().replace("…", ""));
                }
            }
        }
    }

    /** Opens the sheet over the scene's window; Esc or F1 closes it. */
    public static Stage show(Scene owner) {
        VBox content = new VBox(16,
                section("Anywhere in the main window", windowKeys(owner)),
                section("Review tab, while reviewing an item", pairs(ReviewView.reviewingKeys(LABELS))),
                section("Review tab, while the last item's reviews show", pairs(ReviewView.REVEAL_KEYS)),
                section("Disagreements tab (leads)", pairs(DisagreementsView.keys(LABELS))),
                section("Queue tab", pairs(new String[] {"Enter", "review the selected item (leads)",
                        "Esc", "clear the search (in the search field)"})),
                section("Export dialog", pairs(new String[] {"F5", "preview", "Esc", "close"})));
        content.setPadding(new Insets(18));
        content.getStyleClass().add(Styles.SHORTCUT_SHEET);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId(ID);
        Stage stage = new Stage();
        Window window = owner.getWindow();
        if (window != null) {
            stage.initOwner(window);
        }
        stage.initModality(Modality.NONE);
        stage.setTitle("Keyboard shortcuts");
        Scene scene = new Scene(scroll, 560, 600);
        scene.getStylesheets().addAll(Styles.stylesheets());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        scene.getAccelerators().put(KEY, stage::close);
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    private static Map<String, String> pairs(String[] keyThenAction) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyThenAction.length; i += 2) {
            out.put(keyThenAction[i], keyThenAction[i + 1]);
        }
        return out;
    }

    private static Node section(String title, Map<String, String> keys) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        int row = 0;
        for (Map.Entry<String, String> e : keys.entrySet()) {
            Label key = new Label(e.getKey());
            key.getStyleClass().add(Styles.KEY_CAP);
            Label what = new Label(e.getValue());
            what.setWrapText(true);
            grid.addRow(row++, key, what);
        }
        return new VBox(6, heading, grid);
    }
}
