package dev.concord.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * AtlantaFX's Primer themes as the app-wide user-agent stylesheet, so every window (the main window, the welcome
 * screen, dialogs, alerts) gets them; Concord's own {@code styles/} sheets sit on top and use the theme's
 * looked-up colours ({@code -color-fg-default}, ...). Call on the FX thread.
 */
public final class Themes {
    private static final ReadOnlyBooleanWrapper DARK = new ReadOnlyBooleanWrapper(false);
    private static boolean applied;

    private Themes() {
    }

    /** Switches every open and future window to the choice (System asks the desktop once per run). */
    public static void apply(ThemeChoice choice) {
        applyDark(choice.dark(choice == ThemeChoice.SYSTEM && SystemTheme.prefersDark()));
    }

    /** Primer dark or light. */
    public static void applyDark(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        DARK.set(dark);
        applied = true;
    }

    /** Primer light unless a theme was applied already (for windows opened without the app, as tests do). */
    public static void ensureApplied() {
        if (!applied) {
            applyDark(false);
        }
    }

    /** Whether the dark theme is on. */
    public static ReadOnlyBooleanProperty darkProperty() {
        return DARK.getReadOnlyProperty();
    }
}
