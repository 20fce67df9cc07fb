package dev.concord.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandardRulesTest {

    private final List<RedactionRule> rules = Redactor.standard().rules();

    @Test
    void ruleNamesAreUniqueKebabCase() {
        assertThat(rules).extracting(RedactionRule::name)
                .doesNotHaveDuplicates()
                .allMatch(name -> name.matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @Test
    void coversEveryPiiTypeButTheOneOfAProjectsOwnRules() {
        EnumSet<PiiType> covered = EnumSet.noneOf(PiiType.class);
        allRules().forEach(rule -> covered.add(rule.type()));

        assertThat(covered).containsExactlyInAnyOrderElementsOf(EnumSet.complementOf(EnumSet.of(PiiType.CUSTOM)));
    }

    @Test
    void listsSecretsFirst() {
        int lastSecret = 0;
        int firstOther = rules.size();
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).type() == PiiType.SECRET) {
                lastSecret = i;
            } else {
                firstOther = Math.min(firstOther, i);
            }
        }

        assertThat(lastSecret).isLessThan(firstOther);
    }

    @Test
    void everyRuleIsDocumented() throws IOException {
        String doc = Files.readString(Path.of("docs", "redaction-rules.md"));

        assertThat(allRules()).allSatisfy(rule -> assertThat(doc).contains("`" + rule.name() + "`"));
    }

    /** The standard rules with the parts of the shared scans. */
    private List<RedactionRule> allRules() {
        List<RedactionRule> all = new java.util.ArrayList<>(rules);
        for (RedactionRule rule : rules) {
            if (rule instanceof SharedScan shared) {
                all.addAll(shared.parts());
            } else if (rule instanceof NumberScan numbers) {
                all.addAll(numbers.parts());
            }
        }
        return all;
    }

    @Test
    void standardIsSharedAndStable() {
        assertThat(Redactor.standard()).isSameAs(Redactor.standard());
    }
}
