package dev.concord.ui.common;

import dev.concord.ui.theme.Themes;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * A ControlsFX notification in the top right corner of a window (clear of the buttons along the bottom) when background work (an import, an export) finishes, so a
 * person who looked elsewhere sees it; it hides by itself. The status bar and the work's own report still say it.
 */
public final class Notices {
    /** The style class of the notification's pane, for tests and styles. */
    public static final String STYLE = "concord-notice";
    private static final Duration SHOWN_FOR = Duration.seconds(6);

    private Notices() {
    }

    /** Shows "title: text" over the window (nothing when the window is gone). */
    public static void finished(Window owner, String title, String text) {
        if (owner == null || !owner.isShowing()) {
            return;
        }
        Notifications n = Notifications.create().owner(owner).title(title).text(text).hideAfter(SHOWN_FOR)
                .position(Pos.TOP_RIGHT).styleClass(STYLE);
        if (Themes.darkProperty().get()) {
            n.darkStyle();
        }
        n.showInformation();
    }
}
