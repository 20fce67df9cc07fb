package dev.concord.redact;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@link PiiType#SECRET} rules added for issue 12: vendor token prefixes, credentials passed on a
 * command line, {@code Authorization} headers, PuTTY private keys. Registered by {@link SecretRules}.
 */
final class CredentialRules {

    /** Words that follow a flag in prose ({@code use --password when prompted}), never a password. */
    private static final Set<String> PROSE = Set.of("to", "is", "flag", "option", "options", "and", "or", "with",
            "when", "for", "the", "a", "an", "argument", "parameter", "if", "of", "in", "on", "instead", "as",
            "was", "are", "will", "must", "should", "can", "not", "only", "then", "so", "but", "that", "which",
            "prompts", "field", "variable", "value", "from", "at", "by", "this", "it", "you", "here", "below");

    private static final List<String> VENDOR_PREFIXES = List.of("glpat-", "gldt-", "glrt-", "hf_", "npm_", "pypi-", "dop_v1_", "doo_v1_", "dor_v1_", "sg.");

    private CredentialRules() {
    }

    /**
     * One {@code credential-forms} rule scanning for the trigger words of the token rules with a fixed
     * prefix ({@code jwt}, {@code http-auth-token}, {@code sk-api-key} ...), of the issue-12 §1 rules, and
     * of the word-triggered identifier rules ({@link IdentifierRules#contextParts}): one pass for all.
     */
    static List<RedactionRule> all() {
        List<SharedScan.Part> parts = List.of(
                new SharedScan.Part(SecretRules.jwt(), List.of("eyj")),
                new SharedScan.Part(SecretRules.httpAuthToken(), List.of("bearer", "basic"), CredentialRules::blankFollows),
                new SharedScan.Part(SecretRules.skApiKey(), List.of("sk-")),
                new SharedScan.Part(SecretRules.stripeSecretKey(), List.of("sk_live_", "sk_test_", "rk_live_", "rk_test_")),
                new SharedScan.Part(SecretRules.awsAccessKeyId(), List.of("akia", "asia"), (text, after) -> after < text.length()
                        && (TextScan.isDigit(text.charAt(after)) || (text.charAt(after) >= 'A' && text.charAt(after) <= 'Z'))),
                new SharedScan.Part(SecretRules.githubToken(), List.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_")),
                new SharedScan.Part(SecretRules.slackToken(), List.of("xoxb-", "xoxp-", "xoxa-", "xoxo-", "xoxr-", "xoxs-")),
                new SharedScan.Part(SecretRules.googleApiKey(), List.of("aiza")),
                new SharedScan.Part(vendorToken(), VENDOR_PREFIXES),
                new SharedScan.Part(cliSecretFlag(), List.of("--")),
                new SharedScan.Part(mysqlPasswordFlag(), List.of("mysql", "mariadb")),
                new SharedScan.Part(authorizationHeader(), List.of("authorization", "proxy-authorization")),
                new SharedScan.Part(cookieHeader(), List.of("set-cookie", "cookie")),
                new SharedScan.Part(puttyPrivateKey(), List.of("private-lines:")),
                new SharedScan.Part(twilioApiKey(), List.of("sk"), (text, after) -> after < text.length()
                        && TextScan.isHexDigit(text.charAt(after))));
        List<SharedScan.Part> all = new java.util.ArrayList<>(parts);
        all.addAll(IdentifierRules.contextParts());
        return List.of(new SharedScan("credential-forms", PiiType.SECRET, true, all));
    }

    /**
     * Prefixed tokens: GitLab ({@code glpat-}, {@code gldt-}, {@code glrt-}), Hugging Face
     * ({@code hf_}), npm ({@code npm_}), PyPI ({@code pypi-AgEIcHlwaS5vcmc}), DigitalOcean
     * ({@code dop_v1_}, {@code doo_v1_}, {@code dor_v1_}), SendGrid ({@code SG.x.y}).
     */
    static PatternRule vendorToken() {
        return PatternRule.builder("vendor-token", PiiType.SECRET)
                .pattern("(?<![\\w-])(?:gl(?:pat|dt|rt)-[\\w.-]{20,}+"
                        + "|hf_[A-Za-z0-9]{30,}+"
                        + "|npm_[A-Za-z0-9]{36,}+"
                        + "|pypi-AgEIcHlwaS5vcmc[\\w-]{40,}+"
                        + "|do[opr]_v1_[a-f0-9]{64}"
                        + "|SG\\.[\\w-]{20,24}+\\.[\\w-]{40,46}+)(?![\\w-])")
                .startingAt(VENDOR_PREFIXES.toArray(String[]::new))
                .build();
    }

    /** Twilio API key sids: {@code SK} and 32 lower-case hex digits. */
    static PatternRule twilioApiKey() {
        return PatternRule.builder("twilio-api-key", PiiType.SECRET)
                .pattern("(?<![A-Za-z0-9])SK[0-9a-f]{32}(?![A-Za-z0-9])")
                .prefilter(Prefilter.containsAny("SK"))
                .startingAt("sk")
                .build();
    }

    /**
     * The value after a long flag naming a secret, separated by a space: {@code --password X},
     * {@code --db-password 'x y'}, {@code --api-key X}. ({@code --password=X} is a secret assignment.)
     */
    static PatternRule cliSecretFlag() {
        return PatternRule.builder("cli-secret-flag", PiiType.SECRET)
                .pattern("(?i)(?<![\\w-])--[\\w-]{0,40}?(?:password|passwd|passphrase|pass|pwd|token|secret"
                        + "|api-?key|access-key|secret-key)[ \\t]++"
                        + "(?:\"([^\"\\n]{1,256}+)\"|'([^'\\n]{1,256}+)'|([^\\s\"'-][^\\s\"']{0,255}+))")
                .firstGroup()
                .prefilter(Prefilter.containsAny("--"))
                .startingAt("--")
                .validator(CredentialRules::isFlagValue)
                .build();
    }

    /** {@code mysql -u root -pS3cret}: the password glued to {@code -p}, after a MySQL/MariaDB client. */
    static PatternRule mysqlPasswordFlag() {
        return PatternRule.builder("mysql-password-flag", PiiType.SECRET)
                .pattern("(?i)\\b(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump)\\b[^\\n]{0,200}?"
                        + "[ \\t](?-i:-p)(?:\"([^\"\\n]{1,256}+)\"|'([^'\\n]{1,256}+)'|([^\\s\"'][^\\s\"']{0,255}+))")
                .firstGroup()
                .prefilter(Prefilter.containsAny("ysql", "YSQL", "ariadb", "ARIADB"))
                .startingAt("mysql", "mariadb")
                .validator(CredentialRules::isFlagValue)
                .build();
    }

    /**
     * The credential of an {@code Authorization} header whatever its scheme ({@code Token},
     * {@code Bot}, {@code ApiKey}, {@code Digest}…) or with none; Bearer and Basic are also caught
     * anywhere by {@code http-auth-token}. The scheme word is kept.
     */
    static PatternRule authorizationHeader() {
        return PatternRule.builder("authorization-header", PiiType.SECRET)
                .pattern("(?i)\\b(?:proxy-)?authorization\\\\?[\"']?[ \\t]*[:=][ \\t]*\\\\?[\"']?"
                        + "(?:(?:token|bot|apikey|api-key|key|sso-key|digest|negotiate|ntlm|bearer|basic)[ \\t]++)?"
                        + "([A-Za-z0-9._~+/:=-]{8,}+)")
                .group(1)
                .prefilter(Prefilter.containsAny("uthorization", "UTHORIZATION"))
                .startingAt("authorization", "proxy-authorization")
                .validator((text, start, end) -> !Placeholders.isPlaceholder(text, start, end)
                        && SecretRules.looksLikeToken(text, start, end))
                .build();
    }

    /**
     * Session values in cookie headers: the whole value of {@code Cookie:} (every pair), and the value
     * of the first pair of {@code Set-Cookie:} (its name and attributes are kept).
     */
    static PatternRule cookieHeader() {
        return PatternRule.builder("cookie-header", PiiType.SECRET)
                .pattern("(?i)\\b(?:set-cookie2?\\\\?[\"']?[ \\t]*:[ \\t]*\\\\?[\"']?[^=;\\s\"\\\\]{1,128}+="
                        + "([^;\\r\\n\"\\\\]{1,4096}+)|cookie\\\\?[\"']?[ \\t]*:[ \\t]*\\\\?[\"']?([^\\r\\n\"\\\\]{1,8192}+))")
                .firstGroup()
                .prefilter(Prefilter.containsAny("ookie", "OOKIE"))
                .startingAt("set-cookie", "cookie")
                .validator((text, start, end) -> !Placeholders.isPlaceholder(text, start, end)
                        && (text.charAt(start - 1) == '=' || text.substring(start, end).indexOf('=') > 0))
                .build();
    }

    /**
     * The private part of a PuTTY key file ({@code .ppk}): from {@code Private-Lines:} through the
     * base64 lines and the {@code Private-MAC}/{@code Private-Hash}; the public part is kept.
     */
    static PatternRule puttyPrivateKey() {
        return PatternRule.builder("putty-private-key", PiiType.SECRET)
                .pattern("Private-Lines:[ \\t]*\\d{1,4}[A-Za-z0-9+/=\\r\\n\\\\]*+"
                        + "(?:-(?:MAC|Hash):[ \\t]*[0-9a-fA-F]++)?")
                .prefilter(Prefilter.containsAny("Private-Lines:"))
                .startingAt("private-lines:")
                .build();
    }

    /** A space or tab after the word ({@code Bearer abc…}), before the regex runs. */
    private static boolean blankFollows(String text, int after) {
        return after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t');
    }

    private static boolean isFlagValue(String text, int start, int end) {
        char first = text.charAt(start);
        return !Placeholders.isPlaceholder(text, start, end) && first != '$' && first != '%' && first != '<'
                && !PROSE.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }
}
