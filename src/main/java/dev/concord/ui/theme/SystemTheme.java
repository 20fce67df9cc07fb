package dev.concord.ui.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Whether the desktop prefers a dark look, where that can be read (JavaFX 21 has no API for it): GNOME's
 * {@code color-scheme} or a {@code GTK_THEME} ending in {@code :dark} on Linux, {@code AppleInterfaceStyle} on
 * macOS, {@code AppsUseLightTheme} on Windows. Anything unreadable counts as light.
 */
public final class SystemTheme {
    private static final long WAIT_SECONDS = 2;
    private static volatile Boolean cached;

    private SystemTheme() {
    }

    /** This desktop's preference, asked once per run. */
    public static boolean prefersDark() {
        Boolean known = cached;
        if (known == null) {
            known = prefersDark(System.getProperty("os.name", ""), System.getenv(), SystemTheme::run);
            cached = known;
        }
        return known;
    }

    /**
     * The preference read from the operating system's name, the environment, and the output of a command
     * ({@code run} returns it, or an empty string when the command is missing or fails).
     */
    static boolean prefersDark(String osName, Map<String, String> env, Function<List<String>, String> run) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String out = run.apply(List.of("reg", "query",
                    "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v", "AppsUseLightTheme"));
            return out.matches("(?s).*AppsUseLightTheme\\s+REG_DWORD\\s+0x0+\\b.*");
        }
        if (os.contains("mac")) {
            return run.apply(List.of("defaults", "read", "-g", "AppleInterfaceStyle")).strip().equalsIgnoreCase("dark");
        }
        String gtk = env.getOrDefault("GTK_THEME", "");
        if (!gtk.isBlank()) {
            return gtk.toLowerCase(Locale.ROOT).endsWith(":dark");
        }
        String scheme = run.apply(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"));
        if (scheme.contains("prefer-dark")) {
            return true;
        }
        if (scheme.contains("prefer-light")) {
            return false;
        }
        return run.apply(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                .toLowerCase(Locale.ROOT).contains("-dark");
    }

    private static String run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (InputStream in = p.getInputStream()) {
                if (!p.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                    p.destroy();
                    return "";
                }
                return p.exitValue() == 0 ? new String(in.readAllBytes(), StandardCharsets.UTF_8) : "";
            }
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
