package dev.concord.redact;

import java.util.List;

/**
 * Street lines whose house number comes last: German ({@code Hauptstraße 5}, {@code Berliner Str. 12a},
 * {@code Am Mühlenweg 7}) and Spanish ({@code Calle Mayor 5}, {@code C/ Alcalá, 45},
 * {@code Avenida de la Constitución 12, 3º B}). A {@link NumberScan} form: it looks back from a short
 * number for the street word, with no regex.
 */
final class NumberLastStreet implements NumberScan.Form {

    /** An array, not a stream: this runs at nearly every short number of every text (a stream costs the JIT dearly). */
    private static final String[] GERMAN_SUFFIXES = {"straße", "strasse", "str", "weg", "allee", "platz",
            "gasse", "damm", "ufer", "chaussee", "pfad", "steig", "markt", "graben"};
    private static final NeedleSet SPANISH_TYPES = new NeedleSet("calle", "c/", "avenida", "avda", "plaza", "paseo",
            "camino", "carretera", "ronda", "travesia", "pasaje", "glorieta");
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("de", "del", "la", "las", "los", "el", "y", "nº", "n.º", "no.");

    private final PatternRule documented = PatternRule.builder("street-de-es", PiiType.ADDRESS)
            .pattern("\\p{L}+ \\d{1,4}").build();

    @Override
    public RedactionRule rule() {
        return documented;
    }

    @Override
    public int minDigits() {
        return 1;
    }

    @Override
    public int maxDigits() {
        return 4;
    }

    @Override
    public void find(String text, NumberScan.Run run, List<RedactionHit> hits) {
        if (run.start() == 0) {
            return;
        }
        int first = run.firstDigit(text);
        int numberEnd = first;
        while (numberEnd < text.length() && TextScan.isDigit(text.charAt(numberEnd))) {
            numberEnd++;
        }
        if (numberEnd - first > 4 || (numberEnd < text.length() && Character.isLetterOrDigit(text.charAt(numberEnd))
                && !isHouseLetter(text, numberEnd))) {
            return;
        }
        int end = numberEnd < text.length() && isHouseLetter(text, numberEnd) ? numberEnd + 1 : numberEnd;
        int start = germanStart(text, run.start(), first);
        if (start < 0) {
            start = spanishStart(text, first);
        }
        if (start >= 0) {
            hits.add(new RedactionHit(PiiType.ADDRESS, documented.name(), start, end));
        }
    }

    /** A single lower-case letter glued to the number ({@code 12a}), not the start of a word. */
    private static boolean isHouseLetter(String text, int at) {
        char c = text.charAt(at);
        return c >= 'a' && c <= 'z' && (at + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(at + 1)));
    }

    /** Where a German street name ending in a street word starts right before the number, or -1. */
    private static int germanStart(String text, int runStart, int first) {
        boolean abbreviated = text.charAt(runStart) == '.';
        int wordEnd = runStart;
        if ((abbreviated ? first - runStart > 2 : first - runStart != 1) || !Character.isLetter(text.charAt(wordEnd - 1))) {
            return -1;
        }
        int wordStart = wordStart(text, wordEnd);
        if (wordEnd - wordStart < 3 || !Character.isUpperCase(text.charAt(wordStart))
                || !(abbreviated ? endsWith(text, wordEnd, "str") : endsWithAny(text, wordEnd, GERMAN_SUFFIXES))) {
            return -1;
        }
        int before = wordStart - 1;
        if (before > 1 && text.charAt(before) == ' ' && wordEnd - wordStart <= 7) {
            int prev = wordStart(text, before);
            if (prev < before && Character.isUpperCase(text.charAt(prev))) {
                return prev;
            }
        }
        return wordStart;
    }

    private static int wordStart(String text, int wordEnd) {
        int i = wordEnd;
        while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '-')) {
            i--;
        }
        return i;
    }

    private static boolean endsWithAny(String text, int end, String[] suffixes) {
        for (String suffix : suffixes) {
            if (endsWith(text, end, suffix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWith(String text, int end, String suffix) {
        int from = end - suffix.length();
        return from >= 0 && text.regionMatches(true, from, suffix, 0, suffix.length());
    }

    /**
     * Where a Spanish street type word ({@code calle}, {@code avenida} ...) starts before the number, the
     * words between being capitalised or particles ({@code de}, {@code la} ...), or -1.
     */
    private static int spanishStart(String text, int first) {
        int i = first;
        for (int words = 0; words < 7; words++) {
            while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == ',')) {
                i--;
            }
            int end = i;
            while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || "/.'º°ª-".indexOf(text.charAt(i - 1)) >= 0)) {
                i--;
            }
            if (i == end || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
                return -1;
            }
            if (SPANISH_TYPES.whichAt(text, i) >= 0 && words > 0) {
                return i;
            }
            if (!Character.isUpperCase(text.charAt(i)) && (end - i > 3 || !PARTICLES.contains(text.substring(i, end)))) {
                return -1;
            }
        }
        return -1;
    }
}
