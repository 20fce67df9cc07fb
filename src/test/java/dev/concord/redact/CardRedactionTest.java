package dev.concord.redact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CardRedactionTest {

    private final Redactor redactor = Redactor.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "4111 1111 1111 1111               | [CARD]",
        "card 4111-1111-1111-1111 ok       | card [CARD] ok",
        "4111111111111111                  | [CARD]",
        "5500 0000 0000 0004               | [CARD]",
        "amex 3782 822463 10005            | amex [CARD]",
        "378282246310005.                  | [CARD].",
        "\"pan\":\"6011111111111117\"        | \"pan\":\"[CARD]\"",
        "4222222222222                     | [CARD]",
        "6304000000000000000               | [CARD]",
    })
    void replacesLuhnValidCardNumbers(String text, String expected) {
        assertThat(redactor.redact(text, null)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "4111 1111 1111 1112",
        "4111111111111112",
        "ms 1732099200000",
        "7111 1111 1111 1114",
        "4111 1111-1111 1111",
        "41111 1111 1111 111",
        "0.4111111111111111",
        "4111111111111111111111",
        "e83c5163316f89bfbde7d9ab23ca2e25604af290",
    })
    void keepsNumbersThatAreNotCards(String text) {
        assertThat(redactor.redact(text, null)).isSameAs(text);
    }

    @Test
    void validatesLuhnIgnoringSeparators() {
        assertThat(Luhn.isValid("4111-1111 1111x1111", 0, 19)).isTrue();
        assertThat(Luhn.isValid("4111111111111112", 0, 16)).isFalse();
        assertThat(Luhn.isValid("0", 0, 1)).isFalse();
    }
}
