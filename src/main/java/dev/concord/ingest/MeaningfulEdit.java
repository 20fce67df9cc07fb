package dev.concord.ingest;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Decides whether an edit changed an answer meaningfully. Two texts are the same answer when they are
 * equal after Unicode NFKC normalisation, lower-casing, and dropping whitespace and punctuation: an edit
 * that only re-flows lines, fixes capitalisation or adds a full stop is not a preference signal.
 */
public final class MeaningfulEdit {
    private MeaningfulEdit() {
    }

    public static boolean changes(String original, String edited) {
        if (edited == null) {
            return false;
        }
        return !normalize(original == null ? "" : original).equals(normalize(edited));
    }

    static String normalize(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(n.length());
        n.codePoints()
                .filter(cp -> Character.isLetterOrDigit(cp))
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
