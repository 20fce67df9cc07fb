package dev.concord.redact;

import java.util.List;

/**
 * International bank account numbers: a country code, two check digits and the country's BBAN, the
 * whole as long as the SWIFT IBAN registry fixes for that country, and mod 97 = 1 (ISO 13616). Written
 * solid or in groups split by single spaces ({@code DE89 3704 0044 0532 0130 00}); upper case only.
 * A {@link NumberScan} form: it looks only at runs of digits right after two capital letters.
 */
final class Iban implements NumberScan.Form {

    static final String NAME = "iban";

    /** Lengths from the SWIFT IBAN registry (release 99, 2025): country code then total length. */
    private static final String REGISTRY = "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 "
            + "CZ24 DE22 DJ27 DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21 "
            + "HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 "
            + "MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 "
            + "SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30";
    private static final byte[][] LENGTH = new byte[26][26];

    static {
        for (String entry : REGISTRY.split(" ")) {
            LENGTH[entry.charAt(0) - 'A'][entry.charAt(1) - 'A'] = Byte.parseByte(entry.substring(2));
        }
    }

    private final PatternRule documented = PatternRule.builder(NAME, PiiType.IBAN)
            .pattern("[A-Z]{2}\\d{2}[A-Z0-9 ]{11,40}").build();

    /** The registry's length for a country code, or 0 when it has none. */
    static int lengthFor(char a, char b) {
        return a >= 'A' && a <= 'Z' && b >= 'A' && b <= 'Z' ? LENGTH[a - 'A'][b - 'A'] : 0;
    }

    /** The countries of the registry, for tests. */
    static List<String> countries() {
        return List.of(REGISTRY.replaceAll("\\d", "").split(" "));
    }

    @Override
    public RedactionRule rule() {
        return documented;
    }

    @Override
    public int minDigits() {
        return 2;
    }

    @Override
    public void find(String text, NumberScan.Run run, List<RedactionHit> hits) {
        int at = run.start();
        while (at < run.end() && !TextScan.isDigit(text.charAt(at))) {
            at++;
        }
        int start = at - 2;
        if (start < 0 || at + 1 >= text.length() || !TextScan.isDigit(text.charAt(at + 1))
                || (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)))) {
            return;
        }
        int length = lengthFor(text.charAt(start), text.charAt(start + 1));
        if (length == 0) {
            return;
        }
        int end = endOf(text, start, length);
        if (end > 0 && mod97(text, start, end) == 1) {
            hits.add(new RedactionHit(PiiType.IBAN, NAME, start, end));
        }
    }

    /** Where {@code length} characters, single spaces allowed between them, end; -1 if they don't. */
    private static int endOf(String text, int start, int length) {
        int i = start;
        int count = 0;
        int n = text.length();
        while (count < length) {
            if (i >= n) {
                return -1;
            }
            char c = text.charAt(i);
            if (c == ' ' && count >= 4 && i + 1 < n && isUpperAlnum(text.charAt(i + 1)) && text.charAt(i - 1) != ' ') {
                i++;
                continue;
            }
            if (!isUpperAlnum(c)) {
                return -1;
            }
            count++;
            i++;
        }
        return i < n && Character.isLetterOrDigit(text.charAt(i)) ? -1 : i;
    }

    private static boolean isUpperAlnum(char c) {
        return TextScan.isDigit(c) || (c >= 'A' && c <= 'Z');
    }

    /** The IBAN's value mod 97: the first four characters moved to the end, letters as 10..35. */
    private static int mod97(String text, int start, int end) {
        return remainder(IdChecks.compact(text, start, end));
    }

    /**
     * ISO 7064 MOD 97-10 of {@code compact} (digits and upper-case ASCII letters only, at least 5 of them, no
     * spaces) read as IBANs are: the first four characters moved to the end, letters as 10..35. 1 means valid.
     */
    static int remainder(String compact) {
        String moved = compact.substring(4) + compact.substring(0, 4);
        int rest = 0;
        for (int i = 0; i < moved.length(); i++) {
            char c = moved.charAt(i);
            int v = TextScan.isDigit(c) ? c - '0' : c - 'A' + 10;
            rest = v >= 10 ? (rest * 100 + v) % 97 : (rest * 10 + v) % 97;
        }
        return rest;
    }
}
