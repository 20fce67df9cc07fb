package dev.concord.redact;

import java.util.ArrayList;
import java.util.List;

/** The default {@link PiiType#SECRET} rules: keys, tokens, private keys and credential values. */
final class SecretRules {

    private SecretRules() {
    }

    static List<RedactionRule> all() {
        List<RedactionRule> rules = new ArrayList<>(List.of(pemPrivateKey(), urlCredentials()));
        rules.addAll(CredentialRules.all());
        rules.add(new SecretAssignmentRule());
        return List.copyOf(rules);
    }

    /** A whole PEM (or SSH2 {@code ---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----}) private-key block; an unterminated (truncated) block is redacted to its last key character. */
    static RedactionRule pemPrivateKey() {
        String begin = "-{4,5} ?BEGIN[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)? ?-{4,5}";
        String end = "-{4,5} ?END[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)? ?-{4,5}";
        return PatternRule.builder("pem-private-key", PiiType.SECRET)
                .pattern(begin + "(?:[\\s\\S]*?" + end + "|[A-Za-z0-9+/=\\s\\\\:,-]*+)")
                .prefilter(Prefilter.containsAny("PRIVATE KEY"))
                .build();
    }

    /** Three base64url segments, the first (the JSON header) starting {@code eyJ}. */
    static PatternRule jwt() {
        return PatternRule.builder("jwt", PiiType.SECRET)
                .pattern("(?<![\\w-])eyJ[\\w-]{8,}+\\.[\\w-]{8,}+\\.[\\w-]*+")
                .prefilter(Prefilter.containsAny("eyJ"))
                .build();
    }

    /** The credential after {@code Bearer} or {@code Basic}; the scheme word is kept. */
    static PatternRule httpAuthToken() {
        return PatternRule.builder("http-auth-token", PiiType.SECRET)
                .pattern("(?i)\\b(?:bearer|basic)[ \\t]+([A-Za-z0-9._~+/-]{8,}+=*)")
                .group(1)
                .prefilter(Prefilter.containsAnyIgnoreCase("bearer", "basic"))
                .validator(SecretRules::looksLikeToken)
                .build();
    }

    /** OpenAI/Anthropic-style keys: {@code sk-}, {@code sk-proj-}, {@code sk-ant-api03-} ... */
    static PatternRule skApiKey() {
        return PatternRule.builder("sk-api-key", PiiType.SECRET)
                .pattern("(?<![\\w-])sk-[A-Za-z0-9_-]{20,}+")
                .prefilter(Prefilter.containsAny("sk-"))
                .validator((text, start, end) -> TextScan.countDigits(text, start, end) > 0)
                .build();
    }

    /** Stripe secret and restricted keys ({@code sk_live_}, {@code rk_test_} ...). */
    static PatternRule stripeSecretKey() {
        return PatternRule.builder("stripe-secret-key", PiiType.SECRET)
                .pattern("(?<![\\w-])[sr]k_(?:live|test)_[A-Za-z0-9]{10,}+")
                .prefilter(Prefilter.containsAny("k_live_", "k_test_"))
                .build();
    }

    /** AWS access key ids, long-term ({@code AKIA}) and temporary ({@code ASIA}). */
    static PatternRule awsAccessKeyId() {
        return PatternRule.builder("aws-access-key-id", PiiType.SECRET)
                .pattern("(?<![A-Za-z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}(?![A-Za-z0-9])")
                .prefilter(Prefilter.containsAny("AKIA", "ASIA"))
                .build();
    }

    /** GitHub tokens: {@code ghp_ gho_ ghu_ ghs_ ghr_} and fine-grained {@code github_pat_}. */
    static PatternRule githubToken() {
        return PatternRule.builder("github-token", PiiType.SECRET)
                .pattern("(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{30,}+|github_pat_[A-Za-z0-9_]{30,}+)")
                .prefilter(Prefilter.containsAny("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"))
                .build();
    }

    /** Slack tokens: {@code xoxb-}, {@code xoxp-}, {@code xoxa-}, {@code xoxo-}, {@code xoxr-}, {@code xoxs-}. */
    static PatternRule slackToken() {
        return PatternRule.builder("slack-token", PiiType.SECRET)
                .pattern("(?<![\\w-])xox[abposr]-[A-Za-z0-9-]{10,}+")
                .prefilter(Prefilter.containsAny("xox"))
                .build();
    }

    /** Google API keys: {@code AIza} and 35 more characters. */
    static PatternRule googleApiKey() {
        return PatternRule.builder("google-api-key", PiiType.SECRET)
                .pattern("(?<![\\w-])AIza[0-9A-Za-z_-]{35}(?![\\w-])")
                .prefilter(Prefilter.containsAny("AIza"))
                .build();
    }

    /** The password in {@code scheme://user:password@host} or {@code redis://:password@host}; user and host are kept. */
    static RedactionRule urlCredentials() {
        return PatternRule.builder("url-credentials", PiiType.SECRET)
                .pattern("(?i)\\b[a-z][a-z0-9+.-]{0,20}://[^\\s:/@?#\\[\\]]{0,128}:([^\\s/?#]{1,256})@")
                .group(1)
                .prefilter(Prefilter.containsAny("://").and(Prefilter.containsChar('@')))
                .validator((text, start, end) -> !Placeholders.isPlaceholder(text, start, end))
                .build();
    }

    /**
     * Tells a credential from an English word after "Bearer"/"Basic": it must hold a digit, an
     * upper-case letter after the first character, or be at least 32 characters long.
     */
    static boolean looksLikeToken(String text, int start, int end) {
        if (end - start >= 32) {
            return true;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (TextScan.isDigit(c) || (i > start && c >= 'A' && c <= 'Z')) {
                return true;
            }
        }
        return false;
    }
}
