package dev.concord.ui.export;

import javafx.application.HostServices;

import java.awt.Desktop;
import java.nio.file.Path;

/**
 * Opens a folder in the system's file manager: through the application's {@link HostServices} when the app gave
 * them, else through {@link Desktop} when the platform supports it (not headless), else not at all — the caller
 * then tells the user where the folder is.
 */
public final class FolderOpener {
    private static HostServices hostServices;

    private FolderOpener() {
    }

    /** Called once by the application at start. */
    public static void useHostServices(HostServices services) {
        hostServices = services;
    }

    /** @return whether the folder was handed to the system */
    public static boolean open(Path folder) {
        if (hostServices != null) {
            hostServices.showDocument(folder.toUri().toString());
            return true;
        }
        try {
            if (!java.awt.GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                Desktop.getDesktop().open(folder.toFile());
                return true;
            }
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
        return false;
    }
}
