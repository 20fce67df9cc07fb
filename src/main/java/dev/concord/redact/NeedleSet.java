package dev.concord.redact;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A few ASCII words (two characters or more) searched for together, ignoring case, in one pass over a
 * text. The pass looks up each pair of adjacent characters in a 2 KB bit table (it stays in the CPU's
 * first-level cache), so a text costs about one load per character however many words there are; only
 * a pair that starts some word is checked further.
 */
final class NeedleSet {

    private static final char[] LOWER = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            LOWER[c] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
    }

    private final long[] pairBits = new long[128 * 128 / 64];
    private final String[][] byFirstChar = new String[128][];
    private final List<String> words;

    NeedleSet(String... words) {
        this.words = Arrays.stream(words).map(w -> w.toLowerCase(Locale.ROOT)).toList();
        for (String lower : this.words) {
            if (lower.length() < 2 || !lower.chars().allMatch(c -> c < 128)) {
                throw new IllegalArgumentException("needles must be ASCII, two characters or more");
            }
            int pair = lower.charAt(0) << 7 | lower.charAt(1);
            pairBits[pair >>> 6] |= 1L << pair;
            String[] list = byFirstChar[lower.charAt(0)];
            if (list == null) {
                byFirstChar[lower.charAt(0)] = new String[] {lower};
            } else if (!Arrays.asList(list).contains(lower)) {
                String[] grown = Arrays.copyOf(list, list.length + 1);
                grown[list.length] = lower;
                byFirstChar[lower.charAt(0)] = grown;
            }
        }
    }

    /** Whether any needle occurs in {@code text}, ignoring (ASCII) case. */
    boolean occursIn(String text) {
        return indexIn(text, 0) >= 0;
    }

    /** The first index at or after {@code from} where a needle starts, ignoring (ASCII) case, or -1. */
    int indexIn(String text, int from) {
        for (int i = from, last = text.length() - 1; i < last; i++) {
            if (needleAt(text, i) != null) {
                return i;
            }
        }
        return -1;
    }

    /** Which of the words (its index in the constructor's arguments) starts at {@code at}, or -1. */
    int whichAt(String text, int at) {
        String needle = at + 1 < text.length() ? needleAt(text, at) : null;
        return needle == null ? -1 : words.indexOf(needle);
    }

    private String needleAt(String text, int i) {
        char c1 = text.charAt(i);
        char c2 = text.charAt(i + 1);
        if ((c1 | c2) >= 128) {
            return null;
        }
        int pair = LOWER[c1] << 7 | LOWER[c2];
        if ((pairBits[pair >>> 6] & (1L << pair)) != 0) {
            for (String needle : byFirstChar[LOWER[c1]]) {
                if (restMatches(text, i, needle)) {
                    return needle;
                }
            }
        }
        return null;
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
