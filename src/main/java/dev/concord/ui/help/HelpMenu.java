package dev.concord.ui.help;

import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

import java.util.function.Supplier;

/** Help → Keyboard shortcuts (F1). */
public final class HelpMenu {
    public static final String SHORTCUTS_ID = "shortcutsMenuItem";

    private HelpMenu() {
    }

    public static Menu create(Supplier<Scene> scene) {
        MenuItem shortcuts = new MenuItem("Keyboard shortcuts");
        shortcuts.setId(SHORTCUTS_ID);
        shortcuts.setAccelerator(ShortcutSheet.KEY);
        shortcuts.setOnAction(e -> ShortcutSheet.show(scene.get()));
        return new Menu("Help", null, shortcuts);
    }
}
