package dev.concord.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 12 §5: the identifier rules stay linear. Structurally, no regex of theirs repeats without bound
 * a group that itself repeats without bound (the shape of catastrophic backtracking), and every one is
 * run from a trigger (a word or a run of digits) over a bounded window. Then a megabyte of near-misses
 * per rule must complete; nothing is timed, the timeout only stops a hang from blocking the build.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class IdentifierLinearityTest {

    private final Redactor redactor = Redactor.standard();

    @Test
    void noIdentifierRegexNestsUnboundedRepetition() {
        List<PatternRule> rules = new ArrayList<>();
        for (RedactionRule rule : redactor.rules()) {
            if (rule instanceof SharedScan shared) {
                rules.addAll(shared.parts());
            } else if (rule instanceof NumberScan numbers) {
                numbers.parts().stream().filter(PatternRule.class::isInstance).map(PatternRule.class::cast).forEach(rules::add);
            }
        }

        assertThat(rules).hasSizeGreaterThan(30)
                .allSatisfy(rule -> assertThat(nestsUnboundedRepetition(rule.pattern().pattern())).as(rule.name()).isFalse());
    }

    @Test
    void findsNestedUnboundedRepetitionWhereItIs() {
        assertThat(nestsUnboundedRepetition("(a+)+")).isTrue();
        assertThat(nestsUnboundedRepetition("(?:\\w+ )*x")).isTrue();
        assertThat(nestsUnboundedRepetition("(?:[a-z]{1,63}\\.){1,8}")).isFalse();
        assertThat(nestsUnboundedRepetition("(?:ab)+c*")).isFalse();
        assertThat(nestsUnboundedRepetition("[(+]+")).isFalse();
    }

    @Test
    void completesAMegabyteOfNearMissesForEachIdentifierRule() {
        int mb = 1 << 20;
        String[] units = {
            "123-45-678 ", "666-12-3456 ", "AB 12 34 56 ", "1 84 12 76 451 089 4 ", "84 650 752 91 ", "62897893 ",
            "DE89 3704 0044 0532 0130 0 ", "DE89", "GB29 NWBK ", "account number ", "account 1", "sort code 12-34-",
            "routing 02100002 ", "passport ", "passport number X12 ", "DOB ", "born on 12 March ", "geboren am 12.03.",
            "12 ", "221B Baker ", "12 rue de la ", "Hauptstraße ", "Calle Mayor de la ", "SW1A 1", "IL 6270 ", "PO Box ",
            "Hi ", "Hi Maria ", "Thanks, ", "Thanks, Jonas and ", "my name is ", "this is Tom ", "Frau ", "\"name\": \"",
            "\"customer\": \"Wei ", "\"Jane Doe\" <", "Jane Doe <jane@", "06 12 34 56 7", "030 123", "jane [at] ",
            "jane at example dot ", "[at]", "dot ", "ayşe@şirket.", "Liebe Grüße ",
        };
        for (String unit : units) {
            String input = unit.repeat(mb / unit.length());

            String out = redactor.redact(input, null);

            assertThat(out.length()).as(unit).isLessThanOrEqualTo(input.length() * 2);
        }
    }

    @Test
    void redactsAMegabyteOfRealIdentifiersWhole() {
        String text = "Hi Maria, DOB 1985-03-12, IBAN DE89 3704 0044 0532 0130 00, 221B Baker Street. ".repeat(12_000);
        RedactionCounts counts = new RedactionCounts();

        String out = redactor.redact(text, counts);

        assertThat(out).doesNotContain("Maria", "1985-03-12", "DE89", "Baker");
        assertThat(counts.get(PiiType.NAME)).isEqualTo(12_000);
        assertThat(counts.get(PiiType.IBAN)).isEqualTo(12_000);
    }

    /**
     * Whether a group repeated by {@code *}, {@code +} or {@code {n,}} contains a part repeated the same
     * way. Character classes and escapes are skipped; bounded repetition ({@code {0,3}}) does not count.
     */
    static boolean nestsUnboundedRepetition(String regex) {
        Deque<Boolean> groups = new ArrayDeque<>();
        boolean current = false;
        boolean lastGroupUnbounded = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            boolean closedGroup = false;
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i);
            } else if (c == '(') {
                groups.push(current);
                current = false;
            } else if (c == ')') {
                lastGroupUnbounded = current;
                current = groups.isEmpty() ? current : groups.pop() || current;
                closedGroup = true;
            }
            if (i + 1 < regex.length() && isUnbounded(regex, i + 1) && c != '(' && c != '|') {
                if (closedGroup && lastGroupUnbounded) {
                    return true;
                }
                current = true;
            }
        }
        return false;
    }

    private static boolean isUnbounded(String regex, int at) {
        char q = regex.charAt(at);
        if (q == '*' || q == '+') {
            return !(at > 0 && regex.charAt(at - 1) == '?' && at - 2 >= 0 && regex.charAt(at - 2) == '(');
        }
        if (q == '{') {
            int close = regex.indexOf('}', at);
            return close > 0 && regex.substring(at, close).endsWith(",");
        }
        return false;
    }

    private static int classEnd(String regex, int open) {
        int i = open + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++;
        }
        for (int depth = 1; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return i;
    }
}
