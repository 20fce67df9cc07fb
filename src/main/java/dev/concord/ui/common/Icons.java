package dev.concord.ui.common;

import javafx.scene.control.ButtonBase;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Icons from Ikonli's Material Design 2 pack beside the text of menu items, tabs and buttons (never instead of
 * it: the text stays for screen readers and for people who do not read icons). The theme colours them
 * ({@code .ikonli-font-icon} in AtlantaFX); {@code styles/app.css} sizes them.
 */
public final class Icons {
    /** The style class of every Concord icon. */
    public static final String ICON = "concord-icon";

    private Icons() {
    }

    /** A new icon node (a node shows in one place only, so each control gets its own). */
    public static FontIcon of(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add(ICON);
        return icon;
    }

    public static <T extends MenuItem> T on(T item, Ikon ikon) {
        item.setGraphic(of(ikon));
        return item;
    }

    public static Tab on(Tab tab, Ikon ikon) {
        tab.setGraphic(of(ikon));
        return tab;
    }

    /** Puts the icon on a button that keeps its text; a button without text gets its tooltip as accessible text. */
    public static <T extends ButtonBase> T on(T button, Ikon ikon) {
        button.setGraphic(of(ikon));
        if ((button.getText() == null || button.getText().isEmpty()) && button.getTooltip() != null) {
            button.setAccessibleText(button.getTooltip().getText());
        }
        return button;
    }

    /** An icon-only button: the tooltip says what it does and is also its accessible text. */
    public static <T extends ButtonBase> T only(T button, Ikon ikon, String what) {
        button.setText(null);
        button.setTooltip(new Tooltip(what));
        button.setAccessibleText(what);
        button.setGraphic(of(ikon));
        return button;
    }
}
