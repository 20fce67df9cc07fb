package dev.concord.agreement;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Similarity of two written corrections: one minus the token-level Levenshtein distance divided by
 * the length of the longer token sequence, so 1 means the same tokens and 0 nothing in common.
 *
 * <p>Tokenization: the text is Unicode-normalized (NFC); a token is either a maximal run of
 * letters and digits (with combining marks) or a single other non-whitespace character; whitespace
 * only separates tokens. Case is kept, so {@code "Paris"} and {@code "paris"} differ by one token,
 * while {@code "a  b"} and {@code "a b"} are identical. Two empty texts have similarity 1.
 */
public final class CorrectionSimilarity {

    private CorrectionSimilarity() {
    }

    /** The tokens of {@code text} as described in the class comment. */
    public static List<String> tokens(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isWordPart(cp)) {
                word.appendCodePoint(cp);
                continue;
            }
            if (word.length() > 0) {
                tokens.add(word.toString());
                word.setLength(0);
            }
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                tokens.add(new String(Character.toChars(cp)));
            }
        }
        if (word.length() > 0) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    private static boolean isWordPart(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** Levenshtein distance between token sequences (insert, delete, substitute each cost 1). */
    public static int distance(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.size(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.size(); j++) {
                int substitute = previous[j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }

    /** {@code 1 - distance / max(tokens)}, in [0, 1]; symmetric; 1 for two empty texts. */
    public static double similarity(String a, String b) {
        List<String> x = tokens(a);
        List<String> y = tokens(b);
        int longer = Math.max(x.size(), y.size());
        return longer == 0 ? 1.0 : 1.0 - distance(x, y) / (double) longer;
    }
}
