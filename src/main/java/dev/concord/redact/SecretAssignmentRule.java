package dev.concord.redact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value of an assignment to a secret-sounding key, keeping the key: {@code password=[SECRET]},
 * {@code "api_key": "[SECRET]"}, {@code client_secret: [SECRET]}, {@code \"token\": \"[SECRET]\"}.
 *
 * <p>A key counts when its name <em>ends</em> in password, passwd, passphrase, passcode, pass (not
 * after a letter: {@code bypass}), pwd, secret, token, api key, access key, secret key, private key,
 * account key or credential(s), or a foreign password word (Passwort, Kennwort, contraseña,
 * mot de passe, senha, wachtwoord), so {@code db_password} and
 * {@code x-api-key} count but {@code max_tokens}, {@code tokenizer} and {@code passwordless} don't.
 * Separators: {@code = : := =>} (never {@code ==}). A quoted value is redacted whole, up to its
 * closing quote; an unquoted one up to the next space or delimiter. Unquoted values that are clearly
 * code are kept: {@code null}/{@code None}/booleans/type names, {@code $ENV} references,
 * {@code a.b} attribute paths, function calls, identifiers shaped like code ({@link IdentifierShape}),
 * masks ({@code ****}) and values shorter than three characters. An unquoted value goes on past
 * {@code & ; | )} unless a new {@code name=} pair follows ({@link ValueSpan#secretEnd}).
 */
final class SecretAssignmentRule implements RedactionRule {

    static final String NAME = "secret-assignment";

    private static final Pattern ASSIGNMENT = Pattern.compile("(?i)"
            + "(?:pass(?:word|wd|phrase|wort)|(?<=mot de |mot_de_|mot-de-|motde)passe|(?<![A-Za-z])pass(?:code)?"
            + "|pwd|secret|token|credentials?|kennwort|contrase(?:[ñÑ]|n)a|senha|wachtwoord"
            + "|api[_-]?key|access[_-]?key|secret[_-]?key|private[_-]?key|account[_-]?key)(?![\\w-])"
            + "(?:\\\\?[\"'])?[ \\t]*(?:=>|:=|[:=](?!=))[ \\t]*"
            + "(?:(?:str|string|bytes|secretstr)[ \\t]*=(?!=)[ \\t]*)?"
            + "(\\\\?[\"'])?");
    /** Where a key word can start; the regex runs only there. */
    private static final NeedleSet KEY_STARTS = new NeedleSet(
            "pass", "pwd", "secret", "token", "credential", "api", "access", "private", "accountkey", "account_key", "account-key",
            "kennwort", "contrase", "senha", "wachtwoord");
    private static final Set<String> CODE_WORDS = Set.of("null", "none", "nil", "undefined", "true", "false",
            "str", "string", "bytes", "int", "bool", "boolean", "optional", "required", "secretstr");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PiiType type() {
        return PiiType.SECRET;
    }

    @Override
    public List<RedactionHit> find(String text) {
        if (text.indexOf('=') < 0 && text.indexOf(':') < 0) {
            return List.of();
        }
        int at = KEY_STARTS.indexIn(text, 0);
        if (at < 0) {
            return List.of();
        }
        Matcher m = ASSIGNMENT.matcher(text).useTransparentBounds(true);
        List<RedactionHit> hits = null;
        while (at >= 0) {
            int next = at + 1;
            m.region(at, text.length());
            if (m.lookingAt()) {
                int start = m.end();
                int end = quotedEnd(text, m);
                boolean bare = end < 0;
                if (bare) {
                    end = ValueSpan.secretEnd(text, start);
                }
                if (end > start && isSecretValue(text, start, end, bare)) {
                    if (hits == null) {
                        hits = new ArrayList<>(2);
                    }
                    hits.add(new RedactionHit(PiiType.SECRET, NAME, start, end));
                }
                next = Math.max(end, m.end());
            }
            at = next < text.length() ? KEY_STARTS.indexIn(text, next) : -1;
        }
        return hits == null ? List.of() : hits;
    }

    /** End of a properly closed quoted value, or -1 when unquoted or unterminated. */
    private static int quotedEnd(String text, Matcher m) {
        int openStart = m.start(1);
        if (openStart < 0) {
            return -1;
        }
        int escapes = m.end(1) - openStart - 1;
        char quote = text.charAt(m.end(1) - 1);
        return ValueSpan.closingQuote(text, m.end(), quote, escapes);
    }

    private static boolean isSecretValue(String text, int start, int end, boolean bare) {
        if (Placeholders.isPlaceholder(text, start, end) || isMask(text, start, end)) {
            return false;
        }
        if (!bare) {
            return true;
        }
        String value = text.substring(start, end);
        return value.length() >= 3
                && !CODE_WORDS.contains(value.toLowerCase(Locale.ROOT))
                && value.charAt(0) != '$' && value.charAt(0) != '%'
                && !(end < text.length() && text.charAt(end) == '(')
                && !isAttributePath(value)
                && !IdentifierShape.isSecretIdentifier(text, start, end);
    }

    /** {@code settings.DB_PASSWORD}, {@code os.environ}: identifiers joined by dots. */
    private static boolean isAttributePath(String value) {
        int partStart = 0;
        int parts = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i == value.length() || value.charAt(i) == '.') {
                if (!isIdentifier(value, partStart, i)) {
                    return false;
                }
                parts++;
                partStart = i + 1;
            }
        }
        return parts >= 2;
    }

    private static boolean isIdentifier(String value, int start, int end) {
        if (start >= end || TextScan.isDigit(value.charAt(start))) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (!TextScan.isWordChar(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code ****}, {@code xxxx} and similar masks that already hide the value. */
    private static boolean isMask(String text, int start, int end) {
        char first = text.charAt(start);
        if (end - start < 3 || (first != '*' && first != 'x' && first != 'X' && first != '•')) {
            return false;
        }
        for (int i = start + 1; i < end; i++) {
            if (text.charAt(i) != first) {
                return false;
            }
        }
        return true;
    }
}
