package dev.concord.redact;

/** Allocation-free character scans shared by prefilters and hand-written rules. */
final class TextScan {

    private TextScan() {
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isHexDigit(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** ASCII letters and digits. */
    static boolean isAsciiAlnum(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Letters, digits and underscore: the characters of an identifier. */
    static boolean isWordChar(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    /** Whether {@code text} holds at least {@code n} ASCII digits; stops as soon as it knows. */
    static boolean hasDigits(CharSequence text, int n) {
        int found = 0;
        for (int i = 0, len = text.length(); i < len && found < n; i++) {
            if (isDigit(text.charAt(i))) {
                found++;
            }
        }
        return found >= n;
    }

    static int countDigits(CharSequence text, int start, int end) {
        int found = 0;
        for (int i = start; i < end; i++) {
            if (isDigit(text.charAt(i))) {
                found++;
            }
        }
        return found;
    }

}
