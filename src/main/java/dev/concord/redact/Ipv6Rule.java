package dev.concord.redact;

import java.util.ArrayList;
import java.util.List;

/**
 * IPv6 addresses, full and compressed, with an optional dotted IPv4 tail ({@code ::ffff:192.0.2.1}).
 *
 * <p>Written by hand rather than as one regex: it walks maximal runs of hex digits, colons and dots,
 * trims a separating colon or a sentence dot, and parses each run with {@link Ipv6Syntax}. That keeps
 * it linear and lets it skip code that looks similar: {@code 10:30:00}, {@code std::vector},
 * {@code u8::MAX}, {@code a[::2]}, {@code s[::1]}, {@code cafe::face}.
 */
final class Ipv6Rule implements RedactionRule {

    static final String NAME = "ipv6";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PiiType type() {
        return PiiType.IP;
    }

    @Override
    public List<RedactionHit> find(String text) {
        if (text.indexOf(':') < 0) {
            return List.of();
        }
        List<RedactionHit> hits = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isRunChar(text.charAt(i))) {
                i++;
                continue;
            }
            int runStart = i;
            int colons = 0;
            while (i < n && isRunChar(text.charAt(i))) {
                colons += text.charAt(i) == ':' ? 1 : 0;
                i++;
            }
            RedactionHit hit = colons >= 2 ? candidate(text, runStart, i) : null;
            if (hit != null) {
                if (hits == null) {
                    hits = new ArrayList<>(2);
                }
                hits.add(hit);
            }
        }
        return hits == null ? List.of() : hits;
    }

    private static boolean isRunChar(char c) {
        return TextScan.isHexDigit(c) || c == ':' || c == '.';
    }

    private static RedactionHit candidate(String text, int runStart, int runEnd) {
        int start = runStart;
        int end = runEnd;
        while (start < end && text.charAt(start) == '.') {
            start++;
        }
        boolean leadingSeparator = start + 1 < end && text.charAt(start) == ':' && text.charAt(start + 1) != ':';
        if (leadingSeparator) {
            start++;
        } else if (start > 0 && TextScan.isWordChar(text.charAt(start - 1))) {
            return null;
        }
        while (end > start && text.charAt(end - 1) == '.') {
            end--;
        }
        if (end - start >= 2 && text.charAt(end - 1) == ':' && text.charAt(end - 2) != ':') {
            end--;
        }
        if (end == runEnd && end < text.length() && TextScan.isWordChar(text.charAt(end))) {
            return null;
        }
        if (isSliceIndex(text, start) || !Ipv6Syntax.isPlausibleAddress(text, start, end)) {
            return null;
        }
        return new RedactionHit(PiiType.IP, NAME, start, end);
    }

    /** {@code a[::2]}, {@code items[1::2]}: a subscript right after an identifier or bracket. */
    private static boolean isSliceIndex(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != '[') {
            return false;
        }
        char beforeBracket = text.charAt(start - 2);
        return TextScan.isWordChar(beforeBracket) || beforeBracket == ')' || beforeBracket == ']';
    }
}
