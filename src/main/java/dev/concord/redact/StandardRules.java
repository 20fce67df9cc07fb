package dev.concord.redact;

import java.util.ArrayList;
import java.util.List;

/**
 * The documented default rule list (see {@code docs/redaction-rules.md}), secrets first. Each rule
 * has a prefilter so that plain prose or code pays for a few {@code indexOf} calls, not a regex.
 */
final class StandardRules {

    private static final String PHONE_CHARS = "+() .-";
    private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";

    private StandardRules() {
    }

    static boolean isEmailLocalChar(int c) {
        return TextScan.isWordChar((char) c) || c == '.' || c == '%' || c == '+' || c == '-'
                || (c >= 128 && Character.isLetterOrDigit(c)) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    static List<RedactionRule> all() {
        List<RedactionRule> rules = new ArrayList<>(SecretRules.all());
        rules.add(email());
        rules.add(IdentifierRules.numbers(List.of(
                NumberScan.pattern(ipv4(), 4, Integer.MAX_VALUE, 0, 0, (text, run) -> run.dots() >= 3),
                NumberScan.pattern(paymentCard(), 13, Integer.MAX_VALUE, 0, 0, NumberScan.Gate.ANY),
                NumberScan.pattern(internationalPhone(), 8, Integer.MAX_VALUE, 0, 0, (text, run) -> run.pluses() > 0),
                NumberScan.pattern(usPhone(), 10, Integer.MAX_VALUE, 0, 0, NumberScan.Gate.ANY))));
        rules.add(new Ipv6Rule());
        rules.add(new DisplayNameRule());
        return List.copyOf(rules);
    }

    /**
     * {@code local@domain.tld}; not {@code @Override}, {@code pkg@1.2.3}, {@code icon@2x.png}, the
     * {@code git@host:repo} remote form, or the {@code password@host} of a URL's user-info (the
     * url-credentials rule redacts that password and keeps the host).
     */
    static RedactionRule email() {
        return PatternRule.builder("email", PiiType.EMAIL)
                .pattern("(?<![\\w\\p{L}\\p{M}.%+-])[\\w\\p{L}\\p{M}.%+-]++@(?!\\d+x\\.)"
                        + "(?:[\\p{L}\\p{M}0-9-]{1,63}\\.){1,8}\\p{L}{2,24}(?![\\p{L}\\p{M}0-9-])")
                .anchoredAt('@', StandardRules::isEmailLocalChar)
                .validator((text, start, end) -> !UrlContext.isGitRemote(text, start, end)
                        && !UrlContext.isUserInfoPassword(text, start))
                .build();
    }

    /**
     * Four octets 0-255 standing alone: not inside {@code 1.2.3.4.5}, not after a letter or dot
     * ({@code v1.2.3.4}), and not right after the word "version"/"ver"/"release"/"build".
     */
    static PatternRule ipv4() {
        return PatternRule.builder("ipv4", PiiType.IP)
                .pattern("(?<![\\w.])(?:" + OCTET + "\\.){3}" + OCTET + "(?!\\w|\\.\\d)")
                .withinDigitRuns(".", 4, 3)
                .validator((text, start, end) -> !VersionContext.follows(text, start))
                .build();
    }

    /**
     * 13-19 digits starting 2-6 (the card-issuer ranges), written solid or in 4-4-4-x or 4-6-x groups
     * split by one space or dash, and Luhn-valid. Starting 2-6 keeps millisecond timestamps out.
     */
    static PatternRule paymentCard() {
        return PatternRule.builder("payment-card", PiiType.CARD)
                .pattern("(?<![\\w.])(?:[2-6]\\d{12,18}"
                        + "|[2-6]\\d{3}([ -])\\d{4}\\1\\d{4}\\1\\d{1,7}"
                        + "|[2-6]\\d{3}([ -])\\d{6}\\2\\d{4,5})(?!\\w|[.,]\\d)")
                .withinDigitRuns(" -", 13, 0)
                .validator(Luhn::isValid)
                .build();
    }

    /**
     * {@code +} country code and 7-14 more digits, each optionally preceded by one space, dot or dash,
     * with optional {@code (0)}/{@code (20)} groups: {@code +44 20 7946 0958}, {@code +1-415-555-0100}.
     */
    static PatternRule internationalPhone() {
        return PatternRule.builder("phone-international", PiiType.PHONE)
                .pattern("(?<![\\w+)\\]])\\+[1-9](?:[ .-]?(?:\\(\\d{1,4}\\)|\\d)){7,14}(?!\\d)")
                .prefilter(Prefilter.containsChar('+'))
                .withinDigitRuns(PHONE_CHARS, 8, 0)
                .build();
    }

    /**
     * North American numbers with a valid area code and exchange (first digit 2-9):
     * {@code (415) 555-0100}, {@code 415-555-0100}, {@code 415.555.0100}, {@code 1-415-555-0100}.
     * Bare ten-digit runs and space-only groupings are not matched (see the rules document).
     */
    static PatternRule usPhone() {
        return PatternRule.builder("phone-us", PiiType.PHONE)
                .pattern("(?<![\\w+.-])(?:\\+?1[ .-]?)?"
                        + "(?:\\([2-9]\\d{2}\\)[ ]?[2-9]\\d{2}[ .-]\\d{4}|[2-9]\\d{2}([.-])[2-9]\\d{2}\\1\\d{4})"
                        + "(?!\\w|[.-]\\d)")
                .withinDigitRuns(PHONE_CHARS, 10, 0)
                .build();
    }
}
