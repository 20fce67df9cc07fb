package dev.concord.redact;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A few ASCII words searched for together, ignoring case, in one pass over a text. */
final class NeedleSet {

    private static final String[] NONE = new String[0];
    /** ASCII letters and digits, as a table: the hot loop of {@link #indexIn} asks for every character. */
    private static final boolean[] ALNUM = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ALNUM[c] = TextScan.isAsciiAlnum(c);
        }
    }

    private final String[][] byFirstChar = new String[128][];
    /** Whether some needle starts with the (ASCII) character: one table read in the hot loop of {@link #indexIn}. */
    private final boolean[] startsNeedle = new boolean[128];
    private final List<String> words;
    private final java.util.Map<String, Integer> indexOfWord = new java.util.HashMap<>();

    private final boolean wordStarts;
    /**
     * For a large set, the needles by their first character and a bucket of their second
     * ({@link #bucket}), so a position is compared only with the few needles that start like it.
     */
    private final String[][] byPair;

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
        for (int i = 0; i < this.words.size(); i++) {
            indexOfWord.putIfAbsent(this.words.get(i), i);
        }
        for (String lower : this.words) {
            if (lower.isEmpty() || lower.charAt(0) >= 128) {
                throw new IllegalArgumentException("needles must be non-empty and start with an ASCII character");
            }
            add(lower.charAt(0), lower);
            add(Character.toUpperCase(lower.charAt(0)), lower);
        }
        boolean usePairs = this.words.size() > 12 && this.words.stream().allMatch(w -> w.length() >= 2);
        this.byPair = usePairs ? new String[128 * 32][] : null;
        if (usePairs) {
            Arrays.fill(byPair, NONE);
            for (String lower : this.words) {
                char a = lower.charAt(0);
                int second = bucket(lower.charAt(1));
                for (char first : new char[] {a, Character.toUpperCase(a)}) {
                    int slot = first * 32 + second;
                    if (!Arrays.asList(byPair[slot]).contains(lower)) {
                        byPair[slot] = Arrays.copyOf(byPair[slot], byPair[slot].length + 1);
                        byPair[slot][byPair[slot].length - 1] = lower;
                    }
                }
            }
        }
    }

    /** The bucket of a needle's second character, the same for both ASCII cases. */
    private static int bucket(char c) {
        return c < 128 ? Character.toLowerCase(c) & 31 : 31;
    }

    /** The needles that may start at {@code i}, where {@code c} is. */
    private String[] candidates(String text, int i, char c) {
        if (byPair == null) {
            return byFirstChar[c];
        }
        return i + 1 < text.length() ? byPair[c * 32 + bucket(text.charAt(i + 1))] : NONE;
    }

    private void add(char first, String needle) {
        startsNeedle[first] = true;
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
        int start = Math.max(0, from);
        // Whether the character before i is an ASCII letter or digit, carried along instead of read again.
        boolean prevAlnum = start > 0 && TextScan.isAsciiAlnum(text.charAt(start - 1));
        for (int i = start, n = Math.min(to, text.length()); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                prevAlnum = false;
                continue;
            }
            boolean alnum = ALNUM[c];
            if (startsNeedle[c] && (!prevAlnum || !alnum || !wordStarts)) {
                for (String needle : candidates(text, i, c)) {
                    if (restMatches(text, i, needle)) {
                        return i;
                    }
                }
            }
            prevAlnum = alnum;
        }
        return -1;
    }

    /** Which of the words (its index in the constructor's arguments) starts at {@code at}, or -1. */
    int whichAt(String text, int at) {
        char c = text.charAt(at);
        if (c < 128) {
            for (String needle : byFirstChar[c]) {
                if (restMatches(text, at, needle)) {
                    return indexOfWord.get(needle);
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
