package dev.concord.redact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneRedactionTest {

    private final Redactor redactor = Redactor.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "call +44 20 7946 0958 now         | call [PHONE] now",
        "+1-415-555-0100                   | [PHONE]",
        "+1 (415) 555-0100                 | [PHONE]",
        "+14155550100                      | [PHONE]",
        "+49 (0)30 123456                  | [PHONE]",
        "+33 1 23 45 67 89.                | [PHONE].",
        "tel:+81-3-1234-5678               | tel:[PHONE]",
    })
    void replacesInternationalNumbers(String text, String expected) {
        assertThat(redactor.redact(text, null)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "(415) 555-0100                    | [PHONE]",
        "(415)555-0100                     | [PHONE]",
        "ring 415-555-0100 or 415.555.0100 | ring [PHONE] or [PHONE]",
        "1-800-555-0199                    | [PHONE]",
        "phone: 212.555.0147,              | phone: [PHONE],",
    })
    void replacesUsNumbers(String text, String expected) {
        assertThat(redactor.redact(text, null)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2026-11-20", "20/11/2026", "11/20/2026", "10:30:00", "2026-11-20T10:30:00+01:00",
        "v10.4.1", "1.2.3", "order #123456", "line 42", "port 8080", "pid 12345678",
        "build 1.0.0+20130313144700", "x = y+12345678", "ISBN 978-3-16-148410-0",
        "415-555-01000", "123-456-7890",
    })
    void keepsNumbersThatAreNotPhones(String text) {
        assertThat(redactor.redact(text, null)).isSameAs(text);
    }

    @Test
    void leavesBareTenDigitRunsAlone() {
        String text = "epoch 1732099200, id 4155550100";

        assertThat(redactor.redact(text, null)).isSameAs(text);
    }

    @Test
    void leavesSpaceSeparatedUsGroupsAloneButNotWithCountryCode() {
        assertThat(redactor.redact("sizes 415 555 0100", null)).isEqualTo("sizes 415 555 0100");
        assertThat(redactor.redact("+1 415 555 0100", null)).isEqualTo("[PHONE]");
    }

    @Test
    void stopsAnInternationalNumberAtTheFollowingDate() {
        assertThat(redactor.redact("+44 20 7946 0958 2026-11-20", null)).isEqualTo("[PHONE] 2026-11-20");
    }
}
