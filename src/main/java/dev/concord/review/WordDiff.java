package dev.concord.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A word-level diff of two texts (Myers' O(ND) algorithm over word tokens).
 *
 * <p>Tokens: a maximal run of letters and digits, or one other visible character; the whitespace after a
 * token travels with it but is not compared, so re-wrapping a line is not a change. The result, read in
 * order, rebuilds the old text from SAME and REMOVED segments and the new text from SAME and ADDED ones, word
 * for word (SAME segments carry the new text's whitespace, or the old text's where the new has none, so that a
 * removed word never sticks to its neighbour; a removal that ends without whitespace right before an addition gets
 * one space, so that read in order the old and the new words stay apart: "look Sorry", not "lookSorry"). Where the texts share almost nothing (more than
 * {@value #MAX_EDITS} token edits apart) the changed middle is reported as one removal and one addition.
 */
public final class WordDiff {
    /** Edit distance beyond which the diff stops searching for the shortest script. */
    public static final int MAX_EDITS = 2_000;

    /** What happened to a run of text. */
    public enum Kind { SAME, REMOVED, ADDED }

    /** A run of text of one kind. */
    public record Segment(Kind kind, String text) {
    }

    private WordDiff() {
    }

    /** The diff from {@code oldText} to {@code newText}; null counts as empty. */
    public static List<Segment> diff(String oldText, String newText) {
        List<Token> a = tokens(oldText == null ? "" : oldText);
        List<Token> b = tokens(newText == null ? "" : newText);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).core.equals(b.get(prefix).core)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).core.equals(b.get(b.size() - 1 - suffix).core)) {
            suffix++;
        }
        Builder out = new Builder();
        for (int i = 0; i < prefix; i++) {
            out.add(Kind.SAME, same(a.get(i), b.get(i)));
        }
        middle(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix), out);
        for (int i = 0; i < suffix; i++) {
            out.add(Kind.SAME, same(a.get(a.size() - suffix + i), b.get(b.size() - suffix + i)));
        }
        return out.spaced();
    }

    /** How many tokens the two texts differ by (insertions plus deletions). */
    public static int distance(List<Segment> diff) {
        int n = 0;
        for (Segment s : diff) {
            if (s.kind() != Kind.SAME) {
                n += tokens(s.text()).size();
            }
        }
        return n;
    }

    private static void middle(List<Token> a, List<Token> b, Builder out) {
        int n = a.size();
        int m = b.size();
        if (n == 0 || m == 0 || Math.abs(n - m) > MAX_EDITS) {
            a.forEach(t -> out.add(Kind.REMOVED, t.text));
            b.forEach(t -> out.add(Kind.ADDED, t.text));
            return;
        }
        int max = Math.min(n + m, MAX_EDITS);
        int offset = max + 1;
        int[] v = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        int found = -1;
        for (int d = 0; d <= max && found < 0; d++) {
            trace.add(Arrays.copyOfRange(v, offset - d - 1, offset + d + 2));
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || k != d && v[offset + k - 1] < v[offset + k + 1]
                        ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).core.equals(b.get(y).core)) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    found = d;
                    break;
                }
            }
        }
        if (found < 0) {
            a.forEach(t -> out.add(Kind.REMOVED, t.text));
            b.forEach(t -> out.add(Kind.ADDED, t.text));
            return;
        }
        backtrack(a, b, trace, found, out);
    }

    private static void backtrack(List<Token> a, List<Token> b, List<int[]> trace, int edits, Builder out) {
        List<Segment> reversed = new ArrayList<>();
        int x = a.size();
        int y = b.size();
        for (int d = edits; d > 0; d--) {
            int[] v = trace.get(d);
            int base = d + 1;
            int k = x - y;
            int prevK = k == -d || k != d && v[base + k - 1] < v[base + k + 1] ? k + 1 : k - 1;
            int prevX = v[base + prevK];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                reversed.add(new Segment(Kind.SAME, same(a.get(--x), b.get(--y))));
            }
            if (x == prevX) {
                reversed.add(new Segment(Kind.ADDED, b.get(--y).text));
            } else {
                reversed.add(new Segment(Kind.REMOVED, a.get(--x).text));
            }
        }
        while (x > 0 && y > 0) {
            reversed.add(new Segment(Kind.SAME, same(a.get(--x), b.get(--y))));
        }
        for (int i = reversed.size() - 1; i >= 0; i--) {
            out.add(reversed.get(i).kind(), reversed.get(i).text());
        }
    }

    private record Token(String core, String text) {
        boolean endsBare() {
            return text.length() == core.length();
        }
    }

    private static String same(Token old, Token now) {
        return now.endsBare() && !old.endsBare() ? old.text : now.text;
    }

    static List<Token> tokens(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (i > 0) {
            out.add(new Token("", s.substring(0, i)));
        }
        while (i < s.length()) {
            int start = i;
            int cp = s.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                while (i < s.length() && Character.isLetterOrDigit(s.codePointAt(i))) {
                    i += Character.charCount(s.codePointAt(i));
                }
            } else {
                i += Character.charCount(cp);
            }
            int coreEnd = i;
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            out.add(new Token(s.substring(start, coreEnd), s.substring(start, i)));
        }
        return out;
    }

    /** Merges neighbouring segments of one kind; within a change, removals come before additions. */
    private static final class Builder {
        private final List<Segment> segments = new ArrayList<>();

        void add(Kind kind, String text) {
            if (text.isEmpty()) {
                return;
            }
            int last = segments.size() - 1;
            if (last >= 0 && segments.get(last).kind() == kind) {
                segments.set(last, new Segment(kind, segments.get(last).text() + text));
            } else if (kind == Kind.REMOVED && last >= 0 && segments.get(last).kind() == Kind.ADDED) {
                Segment added = segments.remove(last);
                add(Kind.REMOVED, text);
                segments.add(added);
            } else {
                segments.add(new Segment(kind, text));
            }
        }

        List<Segment> spaced() {
            for (int i = 0; i + 1 < segments.size(); i++) {
                Segment s = segments.get(i);
                String next = segments.get(i + 1).text();
                if (s.kind() == Kind.REMOVED && segments.get(i + 1).kind() == Kind.ADDED
                        && !Character.isWhitespace(s.text().charAt(s.text().length() - 1))
                        && !Character.isWhitespace(next.charAt(0))) {
                    segments.set(i, new Segment(Kind.REMOVED, s.text() + " "));
                }
            }
            return segments;
        }
    }
}
