package dev.concord.ui;

import dev.concord.ui.common.Icons;
import dev.concord.ui.theme.ThemeChoice;
import dev.concord.ui.theme.Themes;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

import java.util.function.Consumer;

/** View → Theme: Light, Dark, System; a choice applies at once to every window and is remembered. */
public final class ThemeMenu {
    /** The id of each choice's menu item: {@code themeLight}, {@code themeDark}, {@code themeSystem}. */
    public static String id(ThemeChoice choice) {
        return "theme" + choice.label();
    }

    private ThemeMenu() {
    }

    /** The View menu with its Theme submenu; {@code remember} keeps a new choice (in ui.properties). */
    public static Menu view(ThemeChoice current, Consumer<ThemeChoice> remember) {
        ToggleGroup group = new ToggleGroup();
        Menu theme = Icons.on(new Menu("_Theme"), MaterialDesignT.THEME_LIGHT_DARK);
        for (ThemeChoice choice : ThemeChoice.values()) {
            RadioMenuItem item = new RadioMenuItem(choice == ThemeChoice.SYSTEM ? "Follow the system" : choice.label());
            item.setId(id(choice));
            item.setToggleGroup(group);
            item.setSelected(choice == current);
            item.setGraphic(Icons.of(choice == ThemeChoice.LIGHT ? MaterialDesignW.WHITE_BALANCE_SUNNY
                    : choice == ThemeChoice.DARK ? MaterialDesignW.WEATHER_NIGHT : MaterialDesignM.MONITOR));
            item.setOnAction(e -> {
                Themes.apply(choice);
                remember.accept(choice);
            });
            theme.getItems().add(item);
        }
        return new Menu("_View", null, theme);
    }
}
