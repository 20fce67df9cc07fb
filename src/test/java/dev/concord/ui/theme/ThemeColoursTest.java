package dev.concord.ui.theme;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concord's stylesheets draw every colour from variables that exist in both AtlantaFX Primer themes, so nothing is
 * hard-coded for one theme (white panels or invisible text in the other).
 */
class ThemeColoursTest {
    private static final Pattern USED = Pattern.compile("(-(?:color|concord)-[a-z0-9-]+)");
    private static final Pattern DEFINED = Pattern.compile("(-(?:color|concord)-[a-z0-9-]+)\\s*:");

    private static String ours(String name) throws Exception {
        return Files.readString(Path.of("styles", name)).replaceAll("(?s)/\\*.*?\\*/", "");
    }

    private static String primer(String name) throws Exception {
        try (InputStream in = ThemeColoursTest.class.getResourceAsStream("/atlantafx/base/theme/" + name)) {
            assertThat(in).as(name + " on the class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Set<String> matches(Pattern p, String css) {
        Set<String> out = new TreeSet<>();
        Matcher m = p.matcher(css);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"primer-light.css", "primer-dark.css"})
    void everyThemeColourConcordUsesIsDefinedByThePrimerTheme(String theme) throws Exception {
        Set<String> defined = matches(DEFINED, primer(theme));
        defined.addAll(matches(DEFINED, ours("theme.css")));
        Set<String> used = matches(USED, ours("theme.css") + ours("app.css"));
        used.removeAll(defined);
        assertThat(used).as("colours used but not defined with " + theme).isEmpty();
    }

    @Test
    void concordsStylesheetsHoldNoLiteralColours() throws Exception {
        Pattern literal = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|\\b(?:white|black|rgb|rgba|hsb)\\b\\s*[;(,]");
        for (String name : new String[] {"theme.css", "app.css"}) {
            assertThat(literal.matcher(ours(name)).results().map(java.util.regex.MatchResult::group).toList())
                    .as(name + " literal colours").isEmpty();
        }
    }

    @Test
    void aRememberedChoiceReadsBackAndAnythingElseFollowsTheSystem() {
        for (ThemeChoice c : ThemeChoice.values()) {
            assertThat(ThemeChoice.fromKey(c.key())).isEqualTo(c);
        }
        assertThat(ThemeChoice.fromKey("purple")).isEqualTo(ThemeChoice.SYSTEM);
        assertThat(ThemeChoice.fromKey(null)).isEqualTo(ThemeChoice.SYSTEM);
        assertThat(ThemeChoice.SYSTEM.dark(true)).isTrue();
        assertThat(ThemeChoice.SYSTEM.dark(false)).isFalse();
        assertThat(ThemeChoice.LIGHT.dark(true)).isFalse();
    }
}
