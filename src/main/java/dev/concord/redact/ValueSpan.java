package dev.concord.redact;

/**
 * Finds where an assigned value ends, by hand rather than by regex so that long values and values
 * full of escapes cost linear time and no stack.
 */
final class ValueSpan {

    private static final String BARE_DELIMITERS = "\"'`,;&|<>(){}[]\\";
    private static final String INNER_DELIMITERS = "&;|)";

    private ValueSpan() {
    }

    /** End of an unquoted value starting at {@code start}: the first space or delimiter. */
    static int bareEnd(String text, int start) {
        int i = start;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))
                && BARE_DELIMITERS.indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    /**
     * End of an unquoted secret starting at {@code start}: like {@link #bareEnd}, but a value goes on
     * past {@code & ; | )} when more value characters follow, holding a letter or digit and not
     * starting a new {@code name=} pair: {@code Tr0ub4dor&3} is one value, {@code abc123&page=2} and {@code Hunter2!;} end before
     * the delimiter.
     */
    static int secretEnd(String text, int start) {
        int end = bareEnd(text, start);
        while (end + 1 < text.length() && INNER_DELIMITERS.indexOf(text.charAt(end)) >= 0) {
            int next = bareEnd(text, end + 1);
            if (!hasLetterOrDigit(text, end + 1, next) || startsPair(text, end + 1, next)) {
                break;
            }
            end = next;
        }
        return end;
    }

    private static boolean hasLetterOrDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text[from, to)} begins with a word followed by {@code =} or {@code :}. */
    private static boolean startsPair(String text, int from, int to) {
        int i = from;
        while (i < to && (TextScan.isWordChar(text.charAt(i)) || text.charAt(i) == '-' || text.charAt(i) == '.')) {
            i++;
        }
        return i > from && i < to && (text.charAt(i) == '=' || text.charAt(i) == ':');
    }

    /**
     * Index of the quote that closes a value opened by {@code quote} preceded by {@code escapes}
     * backslashes (0 for {@code "x"}, 1 for the {@code \"x\"} of JSON inside a JSON string), or -1 if
     * a line break or the end of text comes first. A quote closes when the backslashes before it
     * number {@code 2^escapes - 1} modulo {@code 2^(escapes+1)}: 0 mod 2, or 1 mod 4.
     */
    static int closingQuote(String text, int start, char quote, int escapes) {
        int modulus = 2 << escapes;
        int wanted = (1 << escapes) - 1;
        int backslashes = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return -1;
            }
            if (c == quote && backslashes % modulus == wanted) {
                return i - escapes;
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
        }
        return -1;
    }
}
