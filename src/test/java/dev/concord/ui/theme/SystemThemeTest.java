package dev.concord.ui.theme;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the desktop's light or dark preference from each system's own setting; unreadable means light. */
class SystemThemeTest {
    private static Function<List<String>, String> answers(Map<String, String> byLastWord) {
        return command -> byLastWord.getOrDefault(command.get(command.size() - 1), "");
    }

    @Test
    void gnomePreferDarkMeansDark() {
        assertThat(SystemTheme.prefersDark("Linux", Map.of(), answers(Map.of("color-scheme", "'prefer-dark'\n"))))
                .isTrue();
        assertThat(SystemTheme.prefersDark("Linux", Map.of(), answers(Map.of("color-scheme", "'default'\n",
                "gtk-theme", "'Adwaita'\n")))).isFalse();
    }

    @Test
    void aDarkGtkThemeNameCountsWhenNoColourSchemeIsSet() {
        assertThat(SystemTheme.prefersDark("Linux", Map.of(), answers(Map.of("gtk-theme", "'Yaru-dark'\n")))).isTrue();
        assertThat(SystemTheme.prefersDark("Linux", Map.of("GTK_THEME", "Adwaita:dark"), answers(Map.of()))).isTrue();
        assertThat(SystemTheme.prefersDark("Linux", Map.of("GTK_THEME", "Adwaita"),
                answers(Map.of("color-scheme", "'prefer-dark'")))).as("GTK_THEME wins").isFalse();
    }

    @Test
    void macOsAndWindowsSettingsAreRead() {
        assertThat(SystemTheme.prefersDark("Mac OS X", Map.of(), answers(Map.of("AppleInterfaceStyle", "Dark\n"))))
                .isTrue();
        assertThat(SystemTheme.prefersDark("Mac OS X", Map.of(), answers(Map.of()))).isFalse();
        String dark = "\r\nHKEY_CURRENT_USER\\...\\Personalize\r\n    AppsUseLightTheme    REG_DWORD    0x0\r\n";
        String light = "\r\n    AppsUseLightTheme    REG_DWORD    0x1\r\n";
        assertThat(SystemTheme.prefersDark("Windows 11", Map.of(), answers(Map.of("AppsUseLightTheme", dark)))).isTrue();
        assertThat(SystemTheme.prefersDark("Windows 11", Map.of(), answers(Map.of("AppsUseLightTheme", light))))
                .isFalse();
    }

    @Test
    void nothingReadableMeansLight() {
        assertThat(SystemTheme.prefersDark("Linux", Map.of(), command -> "")).isFalse();
        assertThat(SystemTheme.prefersDark("FreeBSD", Map.of(), command -> "")).isFalse();
    }
}
