package dev.concord.ui.review;

import dev.concord.ui.common.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/** The keyboard shortcuts of a screen, shown as key caps with what they do. */
public final class ShortcutBar extends FlowPane {
    public ShortcutBar() {
        super(14, 4);
        getStyleClass().add(Styles.SHORTCUT_BAR);
    }

    /** @param pairs key, action, key, action, ... */
    public void show(String... pairs) {
        getChildren().clear();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            Label key = new Label(pairs[i]);
            key.getStyleClass().add(Styles.KEY_CAP);
            Label what = new Label(pairs[i + 1]);
            what.getStyleClass().add(Styles.MUTED);
            HBox pair = new HBox(4, key, what);
            pair.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(pair);
        }
    }
}
