package dev.concord.redact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text that carries no PII must come back as the very same instance, untouched. */
class FalsePositiveTest {

    private final Redactor redactor = Redactor.standard();

    @ParameterizedTest
    @ValueSource(strings = {
        "2026-11-20", "20/11/2026", "Nov 20, 2026", "2026-11-20T10:30:00Z", "2026-11-20T10:30:00.123+01:00",
        "20261120T103000", "10:30", "10:30:00", "23:59:59.999", "PT1H30M",
    })
    void keepsDatesTimesAndTimestamps(String text) {
        assertKept(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1.2.3", "v10.4.1", "2.0.0-rc.1+build.5", "Python 3.12.1", "Version 10.0.19041.1", "release 4.3.2.1",
        "java 17.0.15+6", "go1.22.3",
    })
    void keepsVersionNumbers(String text) {
        assertKept(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "line 42", "foo.py:123", "Main.java:42:10", "  File \"agent.py\", line 1337, in run",
        "at dev.concord.Foo.bar(Foo.java:87)", "error[E0308]: src/main.rs:12:5",
    })
    void keepsLineNumbers(String text) {
        assertKept(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "42", "3.14159", "-273.15", "1,234,567.89", "$1,234.56", "€ 99,90", "1e-9", "0x7fffffff", "port 8080",
        "order #123456", "pid 12345678", "took 1532 ms", "100%", "1/3", "score=0.87", "1 000 000",
    })
    void keepsOrdinaryNumbersAndPrices(String text) {
        assertKept(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "#ff0000", "color: #1e90ff;", "rgb(255, 255, 255)", "550e8400-e29b-41d4-a716-446655440000",
        "12345678-1234-5678-1234-567812345678", "e83c5163316f89bfbde7d9ab23ca2e25604af290", "commit a1b2c3d",
        "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    })
    void keepsColoursIdsAndHashes(String text) {
        assertKept(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a = b + c", "x = arr[1:3]; y = arr[::2]; z = arr[::-1]", "std::vector<std::string> names;",
        "Map<String, List<Integer>> m = new HashMap<>();", "for (int i = 0; i < 10; i++) { sum += i * 2; }",
        "return a if a > b else b", "SELECT id, name FROM users WHERE age > 21 LIMIT 100;",
        "matrix[:, ::2] @ weights", "const {token, setToken} = useState(null);", "std::chrono::milliseconds(500)",
        "print(f\"{x:>10}\")",
    })
    void keepsCode(String text) {
        assertKept(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://example.com/path?q=1&page=2#frag", "http://localhost:8080/api/v1/users/42",
        "https://github.com/concord/concord/blob/main/README.md#L10-L20", "file:///home/user/notes.txt",
    })
    void keepsUrlsWithoutCredentials(String text) {
        assertKept(text);
    }

    @Test
    void keepsARealisticAgentAnswerWithoutPii() {
        String answer = """
                Sure! I fixed the bug on line 42 of `ingest/reader.py:118` (introduced in v2.3.1 on 2026-11-20).
                ```python
                def parse(rows, limit=1000):
                    return [r for r in rows[::2] if r.score > 0.75]
                ```
                The run took 1532 ms at 10:30:00 and used 1,024 tokens; "max_tokens": 4096.
                """;

        assertKept(answer);
    }

    private void assertKept(String text) {
        assertThat(redactor.redact(text, null)).isSameAs(text);
        assertThat(redactor.scan(text)).isEmpty();
        assertThat(redactor.containsPii(text)).isFalse();
    }
}
