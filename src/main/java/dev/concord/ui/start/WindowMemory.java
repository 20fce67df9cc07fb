package dev.concord.ui.start;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Remembers the main window's size, position and maximised state, and split positions, in {@link AppPrefs}:
 * restored when the window is made, saved when it closes (and a split's when its divider moves).
 */
public final class WindowMemory {
    private static final String WINDOW = "window.";
    private static final String SPLIT = "split.";
    private final AppPrefs prefs;
    private final java.util.Map<String, SplitPane> splits = new java.util.LinkedHashMap<>();

    public WindowMemory(AppPrefs prefs) {
        this.prefs = prefs;
    }

    /** Puts the stage where it was last closed, if that place is still on a screen. */
    public void restore(Stage stage) {
        var w = prefs.number(WINDOW + "width");
        var h = prefs.number(WINDOW + "height");
        var x = prefs.number(WINDOW + "x");
        var y = prefs.number(WINDOW + "y");
        if (w.isPresent() && h.isPresent()) {
            stage.setWidth(Math.max(480, w.get()));
            stage.setHeight(Math.max(360, h.get()));
        }
        if (x.isPresent() && y.isPresent() && onScreen(x.get(), y.get())) {
            stage.setX(x.get());
            stage.setY(y.get());
        }
        stage.setMaximized(prefs.get(WINDOW + "maximized").map(Boolean::parseBoolean).orElse(false));
    }

    /** Restores now, and saves the geometry whenever the stage is hidden. */
    public void track(Stage stage) {
        restore(stage);
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, e -> save(stage));
    }

    /** Saves the stage's geometry and every tracked split's position. */
    public void save(Stage stage) {
        splits.forEach((name, split) -> {
            if (!split.getDividers().isEmpty()) {
                prefs.put(SPLIT + name, String.format(java.util.Locale.ROOT, "%.4f",
                        split.getDividers().get(0).getPosition()));
            }
        });
        prefs.put(WINDOW + "maximized", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized()) {
            prefs.put(WINDOW + "x", Double.toString(stage.getX()));
            prefs.put(WINDOW + "y", Double.toString(stage.getY()));
            prefs.put(WINDOW + "width", Double.toString(stage.getWidth()));
            prefs.put(WINDOW + "height", Double.toString(stage.getHeight()));
        }
    }

    /** Sets the split's first divider to where it was; {@link #save} remembers where it is then. */
    public void track(SplitPane split, String name) {
        prefs.number(SPLIT + name).filter(p -> p > 0.05 && p < 0.95).ifPresent(p -> split.setDividerPositions(p));
        splits.put(name, split);
    }

    private static boolean onScreen(double x, double y) {
        return Screen.getScreens().stream().map(Screen::getVisualBounds)
                .anyMatch((Rectangle2D b) -> b.contains(x + 40, y + 20));
    }
}
