package dev.concord.redact;

import java.util.ArrayList;
import java.util.List;

/**
 * The display name before an e-mail address in angle brackets: {@code "Jane Doe" <jane@x.com>} and
 * {@code From: Jane Doe <jane@x.com>}. A quoted name is taken whole; an unquoted one is the one to
 * four capitalised words right before the bracket. (The address itself is the e-mail rule's.)
 */
final class DisplayNameRule implements RedactionRule {

    static final String NAME = "email-display-name";
    private static final int MAX_NAME = 80;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PiiType type() {
        return PiiType.NAME;
    }

    @Override
    public List<RedactionHit> find(String text) {
        int at = text.indexOf('<');
        if (at < 0 || text.indexOf('@') < 0) {
            return List.of();
        }
        List<RedactionHit> hits = null;
        for (; at >= 0; at = text.indexOf('<', at + 1)) {
            if (!addressFollows(text, at + 1)) {
                continue;
            }
            int end = at;
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            int start = end > 0 && text.charAt(end - 1) == '"' ? quotedStart(text, end - 1) : wordsStart(text, end);
            if (start >= 0) {
                if (hits == null) {
                    hits = new ArrayList<>(1);
                }
                hits.add(new RedactionHit(PiiType.NAME, NAME, start, end));
            }
        }
        return hits == null ? List.of() : hits;
    }

    /** {@code local@domain>} follows, with no space. */
    private static boolean addressFollows(String text, int from) {
        boolean at = false;
        for (int i = from, n = Math.min(text.length(), from + 256); i < n; i++) {
            char c = text.charAt(i);
            if (c == '>') {
                return at && i > from;
            }
            if (c == '@') {
                at = true;
            } else if (Character.isWhitespace(c) || c == '<' || c == '"') {
                return false;
            }
        }
        return false;
    }

    /** The start of a quoted name whose closing quote is at {@code close} (the quotes go too), or -1. */
    private static int quotedStart(String text, int close) {
        for (int i = close - 1; i >= Math.max(0, close - MAX_NAME); i--) {
            char c = text.charAt(i);
            if (c == '"') {
                return i + 1 < close && Character.isLetter(text.charAt(i + 1)) ? i : -1;
            }
            if (c == '\n' || c == '<' || c == '>') {
                return -1;
            }
        }
        return -1;
    }

    /** The start of the one to four capitalised words ending at {@code end}, or -1. */
    private static int wordsStart(String text, int end) {
        int start = -1;
        int i = end;
        for (int words = 0; words < 4; words++) {
            int wordEnd = i;
            while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '\'' || text.charAt(i - 1) == '-'
                    || text.charAt(i - 1) == '.')) {
                i--;
            }
            if (i == wordEnd || !Character.isUpperCase(text.charAt(i))) {
                break;
            }
            start = i;
            if (i == 0 || text.charAt(i - 1) != ' ') {
                break;
            }
            i--;
        }
        return start;
    }
}
