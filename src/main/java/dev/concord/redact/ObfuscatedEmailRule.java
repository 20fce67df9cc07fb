package dev.concord.redact;

import java.util.List;
import java.util.regex.Pattern;

/**
 * E-mail addresses written to dodge scrapers: {@code jane [at] example [dot] com},
 * {@code jane(at)example.com}, {@code jane {at} example {dot} co {dot} uk}, and the spelled-out
 * {@code jane at example dot com} only when every dot is spelled out too (so prose such as
 * {@code meet at example.com} is kept).
 */
final class ObfuscatedEmailRule {

    static final String NAME = "email-obfuscated";

    private static final String AT = "(?:[ \\t]?(?:\\[at\\]|\\(at\\)|\\{at\\}|<at>)[ \\t]?| (?:at|AT) )";
    private static final String DOT = "(?:[ \\t]?(?:\\[dot\\]|\\(dot\\)|\\{dot\\}|<dot>)[ \\t]?| (?:dot|DOT) |\\.)";
    private static final String LABEL = "[\\p{L}\\d][\\p{L}\\d-]{0,62}+";

    /** How far around its trigger word ({@code [at]}, {@code dot} ...) a match may reach. */
    static final int REACH = 160;

    /** The words the rule is triggered by, for the shared scan. */
    static final List<String> TRIGGERS = List.of("[at]", "(at)", "{at}", "<at>", "dot");

    private ObfuscatedEmailRule() {
    }

    static PatternRule rule() {
        return PatternRule.builder(NAME, PiiType.EMAIL)
                .pattern(Pattern.compile("(?<![\\p{L}\\d._%+-])[\\p{L}\\d._%+-]{1,64}+" + AT + LABEL
                        + "(?:" + DOT + LABEL + "){0,4}?" + DOT + "\\p{L}{2,12}(?![\\p{L}\\d-])"))
                .validator(ObfuscatedEmailRule::isObfuscated)
                .build();
    }

    /** A plain {@code at} counts only with every dot spelled out ({@code jane at example dot com}). */
    static boolean isObfuscated(String text, int start, int end) {
        String s = text.substring(start, end);
        boolean bracketed = s.contains("[at]") || s.contains("(at)") || s.contains("{at}") || s.contains("<at>");
        if (bracketed) {
            return true;
        }
        int at = Math.max(s.indexOf(" at "), s.indexOf(" AT "));
        return at > 0 && s.indexOf('.', at) < 0 && (s.contains(" dot ") || s.contains(" DOT "));
    }
}
