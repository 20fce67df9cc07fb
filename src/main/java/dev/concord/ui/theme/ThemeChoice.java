package dev.concord.ui.theme;

import java.util.Locale;

/** The look the person chose under View → Theme: light, dark, or whatever the system prefers. */
public enum ThemeChoice {
    LIGHT("Light"), DARK("Dark"), SYSTEM("System");

    private final String label;

    ThemeChoice(String label) {
        this.label = label;
    }

    /** What the View → Theme menu shows. */
    public String label() {
        return label;
    }

    /** The value kept in {@code ui.properties}: {@code light}, {@code dark} or {@code system}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The choice a remembered value names; anything unknown (an old or hand-edited file) follows the system. */
    public static ThemeChoice fromKey(String key) {
        for (ThemeChoice c : values()) {
            if (c.key().equalsIgnoreCase(key == null ? "" : key.strip())) {
                return c;
            }
        }
        return SYSTEM;
    }

    /** Whether this choice means dark, given what the system prefers. */
    public boolean dark(boolean systemPrefersDark) {
        return this == DARK || this == SYSTEM && systemPrefersDark;
    }
}
