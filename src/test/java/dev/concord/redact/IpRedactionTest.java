package dev.concord.redact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpRedactionTest {

    private final Redactor redactor = Redactor.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "server 192.168.1.10:8080 up        | server [IP]:8080 up",
        "from 10.0.0.1.                     | from [IP].",
        "8.8.8.8 and 255.255.255.255        | [IP] and [IP]",
        "route 10.0.0.0/8                   | route [IP]/8",
        "\"ip\":\"172.16.254.1\"             | \"ip\":\"[IP]\"",
        "host=127.0.0.1                     | host=[IP]",
    })
    void replacesIpv4Addresses(String text, String expected) {
        assertThat(redactor.redact(text, null)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1.2.3.4.5", "v1.2.3.4", "Version 10.0.19041.1", "version 1.0.0.0", "AssemblyVersion(\"1.0.0.0\")",
        "\"version\": \"2.1.0.3\"", "256.1.1.1", "192.168.1", "192.168.001.001", "1.2.3", "numpy 1.26.4",
    })
    void keepsDottedNumbersThatAreNotIpv4(String text) {
        assertThat(redactor.redact(text, null)).isSameAs(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "addr 2001:db8::1 ok                             | addr [IP] ok",
        "fe80::1ff:fe23:4567:890a                        | [IP]",
        "loopback ::1.                                   | loopback [IP].",
        "http://[::1]:8080/health                        | http://[[IP]]:8080/health",
        "2001:0db8:85a3:0000:0000:8a2e:0370:7334         | [IP]",
        "mapped ::ffff:192.0.2.1                         | mapped [IP]",
        "host:fe80::1                                    | host:[IP]",
        "2001::1                                         | [IP]",
        "fe80::                                          | [IP]",
    })
    void replacesIpv6Addresses(String text, String expected) {
        assertThat(redactor.redact(text, null)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "at 10:30:00 UTC", "12:34:56.789", "std::vector<int> v;", "Foo::bar()", "u8::MAX", "i32::max_value()",
        "a[::2]", "a[1::2]", "s[::1]", "x[::-1]", "arr[:, ::2]", "cafe::face", "Main.java:42:10",
        "ratio 1:2:3", "MAC 00:1A:2B:3C:4D:5E", "1::2 and 10::20", "f :: a -> b",
    })
    void keepsColonSyntaxThatIsNotIpv6(String text) {
        assertThat(redactor.redact(text, null)).isSameAs(text);
    }

    @Test
    void countsAnIpv4TailInsideIpv6AsOneAddress() {
        RedactionCounts counts = new RedactionCounts();

        redactor.redact("::ffff:10.1.2.3", counts);

        assertThat(counts.get(PiiType.IP)).isEqualTo(1);
    }

    @Test
    void rejectsMalformedIpv6() {
        assertThat(Ipv6Syntax.isPlausibleAddress("1:2:3:4:5:6:7:8:9", 0, 17)).isFalse();
        assertThat(Ipv6Syntax.isPlausibleAddress("2001:db8:::1", 0, 12)).isFalse();
        assertThat(Ipv6Syntax.isPlausibleAddress("2001::db8::1", 0, 12)).isFalse();
        assertThat(Ipv6Syntax.isPlausibleAddress("12345::1", 0, 8)).isFalse();
        assertThat(Ipv6Syntax.isPlausibleAddress("1:2:3:4:5:6:7:8", 0, 15)).isTrue();
    }
}
