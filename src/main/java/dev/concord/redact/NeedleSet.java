package dev.concord.redact;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A few ASCII words searched for together, ignoring case, in one pass over a text. */
final class NeedleSet {

    private static final String[] NONE = new String[0];

    private final String[][] byFirstChar = new String[128][];
    private final List<String> words;

    private final boolean wordStarts;
    /**
     * For a large set: bit {@code first * 128 + second} is set when a needle starts with those two
     * characters (any case; every non-ASCII second character shares bucket 127), so most candidate
     * positions are refused by one bit test instead of a loop over the needles of their first letter.
     */
    private final long[] pairs;

    NeedleSet(String... words) {
        this(false, words);
    }

    /**
     * @param wordStarts find a needle only where a word starts (after no ASCII letter or digit):
     *                   cheaper on prose, and {@code hi} is not found in {@code this} (needles that
     *                   start with a symbol, such as {@code [at]}, are found anywhere)
     * @param words      the needles; their first character must be ASCII
     */
    NeedleSet(boolean wordStarts, String... words) {
        this.wordStarts = wordStarts;
        Arrays.fill(byFirstChar, NONE);
        this.words = Arrays.stream(words).map(w -> w.toLowerCase(Locale.ROOT)).toList();
        for (String lower : this.words) {
            if (lower.isEmpty() || lower.charAt(0) >= 128) {
                throw new IllegalArgumentException("needles must be non-empty and start with an ASCII character");
            }
            add(lower.charAt(0), lower);
            add(Character.toUpperCase(lower.charAt(0)), lower);
        }
        boolean usePairs = this.words.size() > 12 && this.words.stream().allMatch(w -> w.length() >= 2);
        this.pairs = usePairs ? new long[128 * 128 / 64] : null;
        if (usePairs) {
            for (String lower : this.words) {
                char a = lower.charAt(0);
                char b = lower.charAt(1);
                for (char first : new char[] {a, Character.toUpperCase(a)}) {
                    for (char second : new char[] {b, Character.toUpperCase(b)}) {
                        int bit = first * 128 + (second < 128 ? second : 127);
                        pairs[bit >>> 6] |= 1L << bit;
                    }
                }
            }
        }
    }

    private void add(char first, String needle) {
        String[] list = byFirstChar[first];
        if (!Arrays.asList(list).contains(needle)) {
            String[] grown = Arrays.copyOf(list, list.length + 1);
            grown[list.length] = needle;
            byFirstChar[first] = grown;
        }
    }

    /** Whether any needle occurs in {@code text}, ignoring (ASCII) case. */
    boolean occursIn(String text) {
        return indexIn(text, 0) >= 0;
    }

    /** The first index at or after {@code from} where a needle starts, ignoring (ASCII) case, or -1. */
    int indexIn(String text, int from) {
        return indexIn(text, from, text.length());
    }

    /** The first index in {@code [from, to)} where a needle starts (it may run past {@code to}), or -1. */
    int indexIn(String text, int from, int to) {
        for (int i = Math.max(0, from), n = Math.min(to, text.length()); i < n; i++) {
            char c = text.charAt(i);
            if (c < 128 && byFirstChar[c].length > 0 && (!wordStarts || i == 0 || !TextScan.isAsciiAlnum(c) || !TextScan.isAsciiAlnum(text.charAt(i - 1)))
                    && (pairs == null || pairAt(text, i, c))) {
                for (String needle : byFirstChar[c]) {
                    if (restMatches(text, i, needle)) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    /** Which of the words (its index in the constructor's arguments) starts at {@code at}, or -1. */
    int whichAt(String text, int at) {
        char c = text.charAt(at);
        if (c < 128) {
            for (String needle : byFirstChar[c]) {
                if (restMatches(text, at, needle)) {
                    return words.indexOf(needle);
                }
            }
        }
        return -1;
    }

    private boolean pairAt(String text, int i, char c) {
        if (i + 1 >= text.length()) {
            return false;
        }
        char next = text.charAt(i + 1);
        int bit = c * 128 + (next < 128 ? next : 127);
        return (pairs[bit >>> 6] & (1L << bit)) != 0;
    }

    private static boolean restMatches(String text, int at, String needle) {
        int len = needle.length();
        if (at + len > text.length()) {
            return false;
        }
        for (int k = 1; k < len; k++) {
            char want = needle.charAt(k);
            char c = text.charAt(at + k);
            if (c != want && !(want >= 'a' && want <= 'z' && c == want - ('a' - 'A'))) {
                return false;
            }
        }
        return true;
    }
}
