package dev.concord.redact;

/**
 * Finds where an assigned value ends, by hand rather than by regex so that long values and values
 * full of escapes cost linear time and no stack.
 */
final class ValueSpan {

    private static final String BARE_DELIMITERS = "\"'`,;&|<>(){}[]\\";

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
