package dev.concord.ui.review;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/** Tabs for keyboard-driven screens: selecting the tab gives the screen the keyboard focus. */
public final class ReviewTabs {
    private ReviewTabs() {
    }

    public static Tab tab(String title, Node screen) {
        Tab tab = new Tab(title, screen);
        tab.selectedProperty().addListener((obs, old, now) -> {
            if (now) {
                Platform.runLater(screen::requestFocus);
            }
        });
        return tab;
    }
}
