package dev.concord.redact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailRedactionTest {

    private final Redactor redactor = Redactor.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "contact john.doe@example.com today           | contact [EMAIL] today",
        "jane+tag@mail.co.uk.                         | [EMAIL].",
        "john_doe@example.com                         | [EMAIL]",
        "<Bob.Smith-99@sub.domain.example.org>        | <[EMAIL]>",
        "mailto:alice@example.io                      | mailto:[EMAIL]",
        "\"email\":\"a.b@c.de\"                       | \"email\":\"[EMAIL]\"",
        "from x@y.com, to z@w.net                     | from [EMAIL], to [EMAIL]",
        "https://john@example.com/                    | https://[EMAIL]/",
    })
    void replacesEmailAddresses(String text, String expected) {
        assertThat(redactor.redact(text, null)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "@Override public void run()",
        "@property\ndef name(self):",
        "npm install @babel/core react@18.2.0 lodash@latest",
        "icon@2x.png and logo@3x.webp",
        "ssh git@github.com:concord/concord.git",
        "user@localhost",
        "{@link Redactor#redact}",
    })
    void keepsAtSignsThatAreNotEmail(String text) {
        assertThat(redactor.redact(text, null)).isSameAs(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b.co", "first.last+filter@company-name.travel"})
    void countsEachAddressAsOneEmail(String address) {
        RedactionCounts counts = new RedactionCounts();

        redactor.redact("to " + address + " and cc " + address, counts);

        assertThat(counts.get(PiiType.EMAIL)).isEqualTo(2);
        assertThat(counts.total()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ops@10.0.0.1.example.com", "admin@192-168-1-1.example.net"})
    void domainThatContainsNumbersIsPartOfTheEmailNotAnIp(String address) {
        RedactionCounts counts = new RedactionCounts();

        String out = redactor.redact("mail " + address, counts);

        assertThat(out).isEqualTo("mail [EMAIL]");
        assertThat(counts.get(PiiType.IP)).isZero();
    }
}
