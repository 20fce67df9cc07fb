package dev.concord.ui;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The stylesheets are hand-edited by several features: keep them well-formed and free of repeated rules. */
class StylesheetTest {
    private static final Pattern SELECTOR = Pattern.compile("(?m)^([^\\s/*][^{}]*)\\{");

    @Test
    void everyBlockIsClosedAndNoSelectorIsDefinedTwice() throws Exception {
        for (String name : List.of("theme.css", "app.css")) {
            String css = Files.readString(Path.of("styles", name)).replaceAll("(?s)/\\*.*?\\*/", "");
            int depth = 0;
            for (char c : css.toCharArray()) {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                assertThat(depth).as(name + " brace depth").isBetween(0, 1);
            }
            assertThat(depth).as(name + " ends with every block closed").isZero();
            Set<String> seen = new HashSet<>();
            List<String> repeated = new ArrayList<>();
            Matcher m = SELECTOR.matcher(css);
            while (m.find()) {
                String selector = m.group(1).trim();
                if (!seen.add(selector)) {
                    repeated.add(selector);
                }
            }
            assertThat(repeated).as(name + " selectors defined twice").isEmpty();
        }
    }
}
