package dev.concord.redact;

import java.util.List;

/**
 * A cheap test that says whether a rule's regex could possibly match, so the regex is skipped for
 * the great majority of texts. It may answer {@code true} wrongly, never {@code false} wrongly.
 */
@FunctionalInterface
public interface Prefilter {

    /** {@code false} only when the rule certainly has nothing to find in {@code text}. */
    boolean mayMatch(String text);

    /** Both this and {@code other} must pass. */
    default Prefilter and(Prefilter other) {
        return text -> mayMatch(text) && other.mayMatch(text);
    }

    /** Always runs the rule. */
    static Prefilter always() {
        return text -> true;
    }

    /** The text contains {@code c}. */
    static Prefilter containsChar(char c) {
        return text -> text.indexOf(c) >= 0;
    }

    /** The text contains at least one of the {@code needles}, case-sensitively. */
    static Prefilter containsAny(String... needles) {
        List<String> list = List.of(needles);
        return text -> {
            for (String needle : list) {
                if (text.contains(needle)) {
                    return true;
                }
            }
            return false;
        };
    }

    /** The text contains at least one of the ASCII {@code needles} ignoring case; one pass over the text. */
    static Prefilter containsAnyIgnoreCase(String... needles) {
        NeedleSet set = new NeedleSet(needles);
        return set::occursIn;
    }

    /** The text holds at least {@code n} ASCII digits, anywhere. */
    static Prefilter minDigits(int n) {
        return text -> TextScan.hasDigits(text, n);
    }
}
