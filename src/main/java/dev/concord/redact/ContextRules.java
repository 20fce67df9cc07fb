package dev.concord.redact;

import java.util.List;

/**
 * Identifiers recognised by the words that name them: dates of birth, passport numbers, bank account,
 * routing and sort-code numbers, SSNs written without dashes. Each rule's match starts at one of its
 * words; all are found in one pass (a {@link SharedScan} with {@link NameRules}).
 */
final class ContextRules {

    /** Between a label and its value: quotes, colons, "is", "on", "am" ... */
    static final String FILLER = "(?:\\\\?[\"'])?[ \\t]*(?:[:=#]|\\b(?:is|ist|est|es|was|on|am|le|el|de|lautet)\\b|-)?"
            + "[ \\t]*(?:\\bis\\b|\\bon\\b)?[ \\t]*(?:\\\\?[\"'])?[ \\t]*";
    private static final String MONTH = "(?i:jan(?:uary|uar|vier)?|feb(?:ruary|ruar|rero)?|févr?(?:ier)?|mar(?:ch|s|zo)?|märz|maerz"
            + "|apr(?:il)?|avr(?:il)?|abr(?:il)?|may(?:o)?|mai|jun(?:e|i|io)?|juin|jul(?:y|i|io)?|juil(?:let)?|aug(?:ust)?"
            + "|ago(?:sto)?|août|sept?(?:ember|embre|iembre)?|oct(?:ober|obre|ubre)?|okt(?:ober)?|nov(?:ember|embre|iembre)?"
            + "|dec(?:ember)?|déc(?:embre)?|dez(?:ember)?|dic(?:iembre)?|enero|janvier)\\.?";
    static final String DATE = "(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})"
            + "|\\d{1,2}(?:\\.|er|st|nd|rd|th)? (?:de )?" + MONTH + ",? (?:de )?\\d{4}"
            + "|" + MONTH + " \\d{1,2}(?:st|nd|rd|th)?,? \\d{4})(?![\\w/-]|[.]\\d)";

    private ContextRules() {
    }

    /** The context rules and their trigger words, in order; the names rules are added by {@link NameRules}. */
    static List<SharedScan.Part> parts() {
        SharedScan.Follow number = SharedScan.Follow.digitWithin(48);
        return List.of(new SharedScan.Part(dateOfBirth(), List.of("dob", "d.o.b", "date of birth", "date_of_birth", "dateofbirth", "date-of-birth",
                "birth", "born", "geboren", "geburtsdatum", "geb.", "né le", "née le", "nee le", "date de naissance",
                "fecha de nacimiento", "fecha_nacimiento", "nacido el", "nacida el"), number),
                new SharedScan.Part(passport(), List.of("passport", "reisepass", "passnummer", "passeport", "pasaporte"), number),
                new SharedScan.Part(bankAccount(), List.of("account", "acct", "a/c", "kontonummer", "konto", "kto", "numéro de compte",
                "numero de compte", "n° de compte", "número de cuenta", "numero de cuenta", "bank"), number),
                new SharedScan.Part(sortCode(), List.of("sort code", "sort-code", "sortcode", "bsb"), number),
                new SharedScan.Part(routingNumber(), List.of("routing", "aba", "rtn"), number),
                new SharedScan.Part(ssnInContext(), List.of("ssn", "social security"), number));
    }

    /** {@code DOB: 1985-03-12}, {@code born on 12 March 1985}, {@code geboren am 12.03.1985}, {@code née le 3 mars 1990}. */
    static PatternRule dateOfBirth() {
        return PatternRule.builder("date-of-birth", PiiType.DATE_OF_BIRTH)
                .pattern("(?i:d\\.?o\\.?b\\.?|date[ _-]?of[ _-]?birth|birth[ _-]?date|birthdate|born|geboren|geburtsdatum|geb\\."
                        + "|n[ée]e? le|date de naissance|fecha[ _]de[ _]nacimiento|fecha_nacimiento|nacid[oa] el)"
                        + "(?![\\p{L}])" + FILLER + DATE)
                .group(1)
                .build();
    }

    /** {@code passport number: X1234567}, {@code Reisepass C01X00T47}, {@code passeport n° 12AB34567}. */
    static PatternRule passport() {
        return PatternRule.builder("passport-number", PiiType.PASSPORT)
                .pattern("(?i:passport|reisepass|passnummer|passeport|pasaporte)"
                        + "(?:[ _-]?(?i:number|no\\.?|num|numéro|numero|número|nr\\.?|n°|nº|id|#))?" + FILLER
                        + "([A-Z0-9]{6,9}|[A-Z]{1,2} ?\\d{6,8})(?![A-Za-z0-9])")
                .group(1)
                .validator((text, start, end) -> TextScan.countDigits(text, start, end) >= 2)
                .build();
    }

    /**
     * {@code account number 12345678}, {@code acct #0012345678}, {@code Kontonummer 1234567890},
     * {@code numéro de compte 12345678901}, {@code número de cuenta 0123 4567 89}.
     */
    static PatternRule bankAccount() {
        return PatternRule.builder("bank-account", PiiType.BANK_ACCOUNT)
                .pattern("(?i:(?:bank[ _-]?)?account(?:[ _-]?(?:number|no\\.?|num|nr|id|#))?|acct\\.?(?:[ _-]?(?:number|no\\.?|#))?"
                        + "|a/c(?: no\\.?)?|kontonummer|konto[ -]?nr\\.?|konto|kto\\.?(?:[ -]?nr\\.?)?"
                        + "|num[ée]ro de compte|n° de compte|n[úu]mero de cuenta)"
                        + "(?![\\p{L}])" + FILLER + "(\\d(?:[ -]?\\d){5,16})(?![\\w-]|[.,]\\d)")
                .group(1)
                .build();
    }

    /** UK sort codes {@code 12-34-56} and Australian BSBs {@code 123-456} after their name. */
    static PatternRule sortCode() {
        return PatternRule.builder("sort-code", PiiType.BANK_ACCOUNT)
                .pattern("(?i:sort[ -]?code|bsb)(?![\\p{L}])" + FILLER
                        + "(\\d{2}-\\d{2}-\\d{2}|\\d{2} \\d{2} \\d{2}|\\d{6}|\\d{3}-\\d{3})(?![\\w-])")
                .group(1)
                .build();
    }

    /** A US ABA routing number (9 digits, checksum) after {@code routing}, {@code ABA} or {@code RTN}. */
    static PatternRule routingNumber() {
        return PatternRule.builder("routing-number", PiiType.BANK_ACCOUNT)
                .pattern("(?i:routing(?:[ _-]?(?:number|no\\.?|#|transit number))?|aba(?: routing)?(?:[ _-]?(?:number|no\\.?|#))?|rtn)"
                        + "(?![\\p{L}])" + FILLER + "(\\d{9})(?![\\w-])")
                .group(1)
                .validator(IdChecks::abaRouting)
                .build();
    }

    /** An SSN without dashes, after {@code SSN} or {@code social security (number)}: {@code SSN 123 45 6789}. */
    static PatternRule ssnInContext() {
        return PatternRule.builder("us-ssn-context", PiiType.NATIONAL_ID)
                .pattern("(?i:ssn|social security(?: number| no\\.?| #)?)(?![\\p{L}])" + FILLER
                        + "(\\d{3}([ -]?)\\d{2}\\2\\d{4})(?![\\w-])")
                .group(1)
                .validator(IdChecks::ssn)
                .build();
    }
}
