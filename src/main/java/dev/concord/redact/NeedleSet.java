package dev.concord.redact;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A few ASCII words searched for together, ignoring case, in one pass over a text. */
final class NeedleSet {

    private static final String[] NONE = new String[0];

    private final String[][] byFirstChar = new String[128][];
    private final List<String> words;

    NeedleSet(String... words) {
        Arrays.fill(byFirstChar, NONE);
        this.words = Arrays.stream(words).map(w -> w.toLowerCase(Locale.ROOT)).toList();
        for (String lower : this.words) {
            if (lower.isEmpty() || !lower.chars().allMatch(c -> c < 128)) {
                throw new IllegalArgumentException("needles must be non-empty ASCII");
            }
            add(lower.charAt(0), lower);
            add(Character.toUpperCase(lower.charAt(0)), lower);
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
        for (int i = from, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 128) {
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
