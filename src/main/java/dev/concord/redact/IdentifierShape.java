package dev.concord.redact;

/**
 * Tells a code identifier that mentions a secret ({@code DB_PASSWORD}, {@code userPassword}) from a
 * password that happens to contain a key word ({@code MySecretPass1}, {@code passw0rd},
 * {@code supersecretvalue}), by the shape of the value: identifiers follow a naming convention and are
 * referenced elsewhere; passwords mix case, digits and symbols or run words together.
 *
 * <p>An unquoted value is an identifier only when it holds letters and underscores alone (no digit) and
 * is one of: a key word itself ({@code password}, {@code TOKEN}); snake_case or SCREAMING_SNAKE_CASE
 * with at least one underscore ({@code db_password}, {@code API_KEY}); or camelCase/PascalCase
 * ({@code newPassword}) that occurs again, whole, within {@value #WINDOW} characters on either side.
 */
final class IdentifierShape {

    /** How far to look for another reference to a camelCase value; keeps the check linear. */
    static final int WINDOW = 2048;

    private static final NeedleSet KEY_WORDS = new NeedleSet(
            "pass", "pwd", "secret", "token", "key", "credential");

    private IdentifierShape() {
    }

    /** Whether {@code text[start, end)} is a code identifier that mentions a secret, not a secret. */
    static boolean isSecretIdentifier(String text, int start, int end) {
        String value = text.substring(start, end);
        if (!KEY_WORDS.occursIn(value) || !lettersAndUnderscores(value)) {
            return false;
        }
        if (isKeyWord(value)) {
            return true;
        }
        boolean underscore = value.indexOf('_') >= 0;
        boolean lower = value.equals(value.toLowerCase(java.util.Locale.ROOT));
        boolean upper = value.equals(value.toUpperCase(java.util.Locale.ROOT));
        if (underscore) {
            return lower || upper;
        }
        return !lower && !upper && referencedNearby(text, start, end);
    }

    private static boolean lettersAndUnderscores(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isKeyWord(String value) {
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "pass", "passwd", "password", "passphrase", "passcode", "pwd", "secret", "secrets", "token",
                 "tokens", "key", "apikey", "credential", "credentials" -> true;
            default -> false;
        };
    }

    /** The same word, not part of a longer one, somewhere else within the window. */
    private static boolean referencedNearby(String text, int start, int end) {
        int len = end - start;
        int from = Math.max(0, start - WINDOW);
        int to = Math.min(text.length(), end + WINDOW);
        char first = text.charAt(start);
        for (int i = from; i + len <= to; i++) {
            if (i != start && text.charAt(i) == first && text.regionMatches(i, text, start, len)
                    && (i == 0 || !TextScan.isWordChar(text.charAt(i - 1)))
                    && (i + len == text.length() || !TextScan.isWordChar(text.charAt(i + len)))) {
                return true;
            }
        }
        return false;
    }
}
