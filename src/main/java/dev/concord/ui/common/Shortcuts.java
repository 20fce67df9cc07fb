package dev.concord.ui.common;

import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Window-wide shortcuts that are not menu items: each is put into the scene's accelerators together with what it
 * does, so that the F1 sheet lists every accelerator of the scene (menu items carry their own text).
 */
public final class Shortcuts {
    private static final String KEY = "concord.shortcut.descriptions";

    private Shortcuts() {
    }

    /** Registers {@code action} on {@code key} in the scene, described for the shortcut sheet. */
    public static void put(Scene scene, KeyCombination key, String description, Runnable action) {
        scene.getAccelerators().put(key, action);
        descriptions(scene).put(key, description);
    }

    /** What each non-menu accelerator of the scene does, in the order registered. */
    @SuppressWarnings("unchecked")
    public static Map<KeyCombination, String> descriptions(Scene scene) {
        return (Map<KeyCombination, String>) scene.getProperties().computeIfAbsent(KEY, k -> new LinkedHashMap<>());
    }
}
