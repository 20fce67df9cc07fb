package dev.concord.redact;

import java.util.List;

/**
 * National identity and tax numbers with a checkable shape, and the national phone formats of France,
 * Germany and the UK: {@link NumberScan} forms, run only at runs of digits long enough for them.
 */
final class NationalIdRules {

    private NationalIdRules() {
    }

    static List<NumberScan.Form> forms() {
        return List.of(
                NumberScan.pattern(ssn(), 9, 40, 0, 0, NumberScan.Gate.ANY),
                NumberScan.pattern(ukNiNumber(), 6, 40, 4, 2, NationalIdRules::letterAfter),
                NumberScan.pattern(frenchNir(), 15, 40, 0, 0, NumberScan.Gate.ANY),
                NumberScan.pattern(germanTaxId(), 11, 40, 0, 0, NumberScan.Gate.ANY),
                NumberScan.pattern(spanishId(), 7, 40, 2, 2, NationalIdRules::letterNear),
                new Iban(),
                NumberScan.pattern(frenchPhone(), 10, 40, 0, 0, NumberScan.Gate.ANY),
                NumberScan.pattern(nationalPhone(), 9, 40, 1, 0, NumberScan.Gate.ANY));
    }

    /** US SSN written {@code 123-45-6789}, with the invalid areas (000, 666, 9xx), group 00 and serial 0000 refused. */
    static PatternRule ssn() {
        return PatternRule.builder("us-ssn", PiiType.NATIONAL_ID)
                .pattern("(?<![\\w.-])\\d{3}-\\d{2}-\\d{4}(?![\\w-]|[.,]\\d)")
                .validator(IdChecks::ssn)
                .build();
    }

    /** UK National Insurance number {@code AB 12 34 56 C}: the prefix letters HMRC allows, suffix A-D. */
    static PatternRule ukNiNumber() {
        return PatternRule.builder("uk-ni-number", PiiType.NATIONAL_ID)
                .pattern("(?<![A-Za-z0-9])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
                        + "( ?)\\d{2}\\1\\d{2}\\1\\d{2}\\1[A-D](?![A-Za-z0-9])")
                .build();
    }

    /** French NIR: sex, year, month, department, commune, order and the two-digit key, solid or spaced. */
    static PatternRule frenchNir() {
        return PatternRule.builder("fr-nir", PiiType.NATIONAL_ID)
                .pattern("(?<![\\w.-])[12] ?\\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\\d) ?\\d{2} ?\\d{3} ?\\d{3} ?\\d{2}(?![\\w-]|[.,]\\d)")
                .validator(IdChecks::frenchNir)
                .build();
    }

    /** German Steuer-ID: 11 digits ({@code 12 345 678 901} or solid) with its check digit. */
    static PatternRule germanTaxId() {
        return PatternRule.builder("de-tax-id", PiiType.NATIONAL_ID)
                .pattern("(?<![\\w.-])[1-9]\\d(?: ?\\d{3}){3}(?![\\w-]|[.,]\\d)")
                .validator((text, start, end) -> IdChecks.germanTaxId(text, start, end)
                        && (text.charAt(start + 2) == ' ' || ContextWords.TAX_ID.nearBefore(text, start, 40)))
                .build();
    }

    /** Spanish DNI {@code 12345678Z} and NIE {@code X1234567L}, with the check letter. */
    static PatternRule spanishId() {
        return PatternRule.builder("es-dni-nie", PiiType.NATIONAL_ID)
                .pattern("(?<![\\w-])(?:\\d{8}|[XYZ]-?\\d{7})-?[A-HJ-NP-TV-Z](?![\\w-])")
                .validator(IdChecks::spanishId)
                .build();
    }

    /** French numbers {@code 06 12 34 56 78}, {@code 01.23.45.67.89}: ten digits in pairs, one separator. */
    static PatternRule frenchPhone() {
        return PatternRule.builder("phone-fr", PiiType.PHONE)
                .pattern("(?<![\\w.+-]|\\d )0[1-9]([ .-])\\d{2}(?:\\1\\d{2}){3}(?![\\w-]|[.,]\\d| \\d)")
                .build();
    }

    /**
     * German and UK national numbers: a trunk {@code 0}, an area code, then the subscriber number in
     * one or two groups: {@code 030 1234567}, {@code 0151 23456789}, {@code 020 7946 0958},
     * {@code 07700 900123}, {@code (030) 1234567}.
     */
    static PatternRule nationalPhone() {
        return PatternRule.builder("phone-national", PiiType.PHONE)
                .pattern("(?<![\\w.+-]|\\d )(?:\\(0[1-9]\\d{1,4}\\)|0[1-9]\\d{1,4})[ /-]?\\d{3,8}(?:[ -]\\d{3,5})?(?![\\w-]|[.,]\\d| \\d)")
                .validator((text, start, end) -> {
                    int digits = TextScan.countDigits(text, start, end);
                    return digits >= 10 && digits <= 12 && hasGroupBreak(text, start, end);
                })
                .build();
    }

    /** A solid run of digits is an id or a counter more often than a phone: a national number must be grouped. */
    private static boolean hasGroupBreak(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!TextScan.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean letterAfter(String text, NumberScan.Run run) {
        int after = run.end();
        return after < text.length() && text.charAt(after) >= 'A' && text.charAt(after) <= 'D';
    }

    private static boolean letterNear(String text, NumberScan.Run run) {
        int after = run.end();
        return after < text.length() && text.charAt(after) >= 'A' && text.charAt(after) <= 'Z';
    }
}
