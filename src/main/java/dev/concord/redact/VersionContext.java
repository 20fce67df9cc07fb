package dev.concord.redact;

import java.util.Locale;

/** Recognises a number that follows a version label, e.g. {@code Version 1.0.0.0}. */
final class VersionContext {

    private static final int MAX_GAP = 4;
    private static final int MAX_WORD = 32;

    private VersionContext() {
    }

    /**
     * Whether the text just before {@code start} is a word ending in "version", or the word "ver",
     * "release" or "build", separated by at most a few spaces, quotes, colons, {@code =} or {@code (}
     * (so {@code AssemblyVersion("1.0.0.0")} and {@code "version": "1.2.3.4"} count).
     */
    static boolean follows(String text, int start) {
        int i = start - 1;
        int gap = 0;
        while (i >= 0 && gap < MAX_GAP && " \t:=\"'(".indexOf(text.charAt(i)) >= 0) {
            i--;
            gap++;
        }
        int wordEnd = i + 1;
        while (i >= 0 && wordEnd - i <= MAX_WORD && Character.isLetter(text.charAt(i))) {
            i--;
        }
        String word = text.substring(i + 1, wordEnd).toLowerCase(Locale.ROOT);
        return word.endsWith("version") || word.equals("ver") || word.equals("release") || word.equals("build");
    }
}
