package dev.concord.redact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Redacted and kept examples for every issue-12 §2 rule, named by rule (see docs/redaction-rules.md). */
class IdentifierRedactionTest {

    private final Redactor redactor = Redactor.standard();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "us-ssn              | the W-9 shows 123-45-6789.                 | the W-9 shows [NATIONAL_ID].",
        "us-ssn-context      | SSN: 123 45 6789                           | SSN: [NATIONAL_ID]",
        "us-ssn-context      | social security number 457555462           | social security number [NATIONAL_ID]",
        "uk-ni-number        | NI AB 12 34 56 C ok                        | NI [NATIONAL_ID] ok",
        "uk-ni-number        | JG103759A                                  | [NATIONAL_ID]",
        "fr-nir              | NIR 1 84 12 76 451 089 46                  | NIR [NATIONAL_ID]",
        "de-tax-id           | Steuer-ID 84 650 752 916                   | Steuer-ID [NATIONAL_ID]",
        "de-tax-id           | Steuer-IdNr: 80342366712                   | Steuer-IdNr: [NATIONAL_ID]",
        "es-dni-nie          | DNI 62897893T, NIE X1129905F               | DNI [NATIONAL_ID], NIE [NATIONAL_ID]",
        "iban                | to DE89 3704 0044 0532 0130 00.            | to [IBAN].",
        "iban                | GB29NWBK60161331926819 BIC NWBKGB2L        | [IBAN] BIC NWBKGB2L",
        "iban                | NO9386011117947                            | [IBAN]",
        "bank-account        | account number is 12345678                 | account number is [BANK_ACCOUNT]",
        "bank-account        | Kontonummer: 1234567890                    | Kontonummer: [BANK_ACCOUNT]",
        "bank-account        | número de cuenta 0200051332                | número de cuenta [BANK_ACCOUNT]",
        "sort-code           | sort code 40-47-84                         | sort code [BANK_ACCOUNT]",
        "routing-number      | routing number 021000021                   | routing number [BANK_ACCOUNT]",
        "passport-number     | passport number: X1234567                  | passport number: [PASSPORT]",
        "passport-number     | Reisepass C01X00T47                        | Reisepass [PASSPORT]",
        "date-of-birth       | DOB: 1985-03-12                            | DOB: [DATE_OF_BIRTH]",
        "date-of-birth       | born on 12 March 1985.                     | born on [DATE_OF_BIRTH].",
        "date-of-birth       | geboren am 12.03.1985                      | geboren am [DATE_OF_BIRTH]",
        "date-of-birth       | née le 3 mars 1990                         | née le [DATE_OF_BIRTH]",
        "date-of-birth       | fecha de nacimiento: 12/03/1985            | fecha de nacimiento: [DATE_OF_BIRTH]",
        "street-en           | at 221B Baker Street, London               | at [ADDRESS], London",
        "street-en           | 1600 Pennsylvania Avenue NW                | [ADDRESS]",
        "street-fr           | 12 rue de la Paix, Paris                   | [ADDRESS], Paris",
        "street-fr           | 8, place Bellecour                         | [ADDRESS]",
        "street-de-es        | Hauptstraße 5, Berlin                      | [ADDRESS], Berlin",
        "street-de-es        | Berliner Str. 12a                          | [ADDRESS]",
        "street-de-es        | Calle Mayor 5, Madrid                      | [ADDRESS], Madrid",
        "street-de-es        | Avenida de la Constitución 12              | [ADDRESS]",
        "uk-postcode         | London SW1A 1AA                            | London [ADDRESS]",
        "us-zip-state        | Springfield, IL 62704                      | Springfield, [ADDRESS]",
        "post-box            | PO Box 1234, Anchorage                     | [ADDRESS], Anchorage",
        "name-greeting       | Hi Maria, thanks                           | Hi [NAME], thanks",
        "name-greeting       | Sehr geehrte Frau Müller,                  | Sehr geehrte Frau [NAME],",
        "name-sign-off       | Thanks, Jonas                              | Thanks, [NAME]",
        "name-sign-off       | Saludos,\\nLucía                           | Saludos,\\n[NAME]",
        "name-introduction   | my name is Priya Patel.                    | my name is [NAME].",
        "name-introduction   | this is Tom from billing                   | this is [NAME] from billing",
        "name-introduction   | je m'appelle Chloé                         | je m'appelle [NAME]",
        "name-title          | Frau Müller.                               | Frau [NAME].",
        "name-field          | {\"customer\": \"Wei Zhang\"}              | {\"customer\": \"[NAME]\"}",
        "name-field          | {\"name\": \"Jane Doe\"}                   | {\"name\": \"[NAME]\"}",
        "email-display-name  | From: \"Jane Doe\" <jane@x.com>            | From: [NAME] <[EMAIL]>",
        "email-display-name  | Jane Doe <jane@x.com>                      | [NAME] <[EMAIL]>",
        "phone-fr            | au 06 12 34 56 78.                         | au [PHONE].",
        "phone-national      | unter 030 1234567 an                       | unter [PHONE] an",
        "phone-national      | call 07700 900123                          | call [PHONE]",
        "phone-international | +91 98765 43210                            | [PHONE]",
        "email-obfuscated    | jane [at] example [dot] com                | [EMAIL]",
        "email-obfuscated    | jane at example dot com                    | [EMAIL]",
        "email               | ayşe@şirket.com.tr                         | [EMAIL]",
    })
    void redacts(String rule, String text, String expected) {
        String in = text.replace("\\n", "\n");

        assertThat(redactor.redact(in, null)).isEqualTo(expected.replace("\\n", "\n"));
        assertThat(redactor.scan(in)).anyMatch(hit -> hit.rule().equals(rule));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "invalid SSNs 666-12-3456, 000-12-3456, 123-00-4567, 123-45-0000, 912-34-5678",
        "QQ123456C is the HMRC example and BG123456A an unused prefix",
        "NIR 1 84 12 76 451 089 47 with a wrong key",
        "Steuer-ID 84 650 752 917 fails its check digit",
        "DNI 62897893A has the wrong letter",
        "IBAN DE89 3704 0044 0532 0130 01 fails mod 97, DE00 is a placeholder",
        "routing number 021000022 fails its checksum",
        "account settings, account 2 of 3, my account was locked",
        "passport photos are 35 x 45 mm",
        "released on 12 March 2024, DOB format is YYYY-MM-DD",
        "Chapter 3 explains it; 5 days; Version 2; Spring 5; String 2; Firewall 2",
        "MacBook M2 8GB, RTX 4090 24GB",
        "Hello World! Hi team, thanks, that fixed it. Hi Claude, Dear customer,",
        "This is Python code. My name is not important.",
        "{\"name\": \"build\", \"name\": \"Settings\"}",
        "meet at example.com, user@localhost, @Override",
        "Numbers 0123456789 and 415 555 0100, ticket 12-34-56",
    })
    void keeps(String text) {
        assertThat(redactor.redact(text, null)).isSameAs(text);
    }
}
