package dev.concord.ui.start;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AppPrefsTest {
    @TempDir
    Path dir;

    @Test
    void recentDatabasesAreMostRecentFirstOnceEachAndSurviveARestart() {
        AppPrefs prefs = new AppPrefs(dir.resolve("ui.properties"));
        prefs.remember(dir.resolve("a.db"));
        prefs.remember(dir.resolve("b.db"));
        prefs.remember(dir.resolve("a.db"));
        assertThat(new AppPrefs(dir.resolve("ui.properties")).recent())
                .containsExactly(dir.resolve("a.db"), dir.resolve("b.db"));
    }

    @Test
    void keepsOnlyTheEightMostRecentAndForgetsOnRequestWithoutTouchingTheFile() throws Exception {
        AppPrefs prefs = new AppPrefs(dir.resolve("ui.properties"));
        Path kept = Files.writeString(dir.resolve("db9.db"), "x");
        for (int i = 0; i <= 9; i++) {
            prefs.remember(dir.resolve("db" + i + ".db"));
        }
        assertThat(prefs.recent()).hasSize(AppPrefs.RECENT_MAX).startsWith(dir.resolve("db9.db"))
                .doesNotContain(dir.resolve("db0.db"), dir.resolve("db1.db"));
        prefs.forget(kept);
        assertThat(prefs.recent()).doesNotContain(kept).hasSize(AppPrefs.RECENT_MAX - 1);
        assertThat(kept).exists();
    }

    @Test
    void themeDefaultsToTheSystemAndIsRemembered() {
        AppPrefs prefs = new AppPrefs(dir.resolve("ui.properties"));
        assertThat(prefs.theme()).isEqualTo("system");
        prefs.put(AppPrefs.THEME, "dark");
        assertThat(new AppPrefs(dir.resolve("ui.properties")).theme()).isEqualTo("dark");
    }

    @Test
    void anUnreadableFileCountsAsNothingRemembered() throws Exception {
        Path file = Files.writeString(dir.resolve("ui.properties"), "recent.0=\\u00zz broken");
        AppPrefs prefs = new AppPrefs(file);
        assertThat(prefs.recent()).isEmpty();
        prefs.remember(dir.resolve("c.db"));
        assertThat(new AppPrefs(file).recent()).containsExactly(dir.resolve("c.db"));
    }
}
