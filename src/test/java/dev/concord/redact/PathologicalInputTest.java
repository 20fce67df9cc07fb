package dev.concord.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Long, adversarial inputs that would overflow the stack or backtrack for minutes with careless
 * regexes. Nothing is timed; the generous timeout only stops a hang from blocking the build.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PathologicalInputTest {

    private final Redactor redactor = Redactor.standard();

    @Test
    void survivesLongRunsOfTriggerCharacters() {
        String[] inputs = {
            "a".repeat(200_000), "a@".repeat(100_000), "1".repeat(100_000), "1 ".repeat(100_000), "4-".repeat(100_000),
            "+1 ".repeat(50_000), "::".repeat(100_000), "1:".repeat(100_000), "1.".repeat(100_000),
            "sk-".repeat(50_000), "Bearer ".repeat(30_000), "http://a:".repeat(20_000),
        };
        for (String input : inputs) {
            assertThat(redactor.redact(input, null)).isSameAs(input);
        }
    }

    /** One megabyte of near-misses for each issue-12 rule: long runs that almost match, over and over. */
    @Test
    void survivesAMegabyteOfNearMissesForEachNewSecretRule() {
        int mb = 1 << 20;
        String[] units = {
            "glpat-", "hf_", "npm_", "pypi-AgEIcHlwaS5vcmc", "dop_v1_", "SG.", "SG.aaaaaaaaaaaaaaaaaaaa.", "SK",
            "--password ", "--x-token --", "mysql -p", "mysql ", "Authorization: ", "Authorization: Token ",
            "Cookie:", "Set-Cookie: a=", "Private-Lines: 1", "---- BEGIN PRIVATE KEY ", "redis://:",
            "password=a&", "password=a&b;", "password=userPassword ", "pass=", "contraseña: ", "mot de passe ",
        };
        for (String unit : units) {
            String input = unit.repeat(mb / unit.length());
            String out = redactor.redact(input, null);
            assertThat(out.length()).as(unit).isLessThanOrEqualTo(input.length() + 8 * (input.length() / unit.length()));
        }
    }

    @Test
    void redactsAMegabyteCookieHeaderAndPuttyBodyWhole() {
        String cookie = "Cookie: " + "k=v; ".repeat(200_000);
        String ppk = "Private-Lines: 9\\n" + "QUJDRA==\\n".repeat(100_000) + "Private-MAC: abc1\\nok";

        assertThat(redactor.redact(cookie, null)).startsWith("Cookie: [SECRET]");
        assertThat(redactor.redact(ppk, null)).isEqualTo("[SECRET]\\nok");
    }

    @Test
    void redactsChainedJwtLookalikesAsOneSecret() {
        RedactionCounts counts = new RedactionCounts();

        String out = redactor.redact("eyJabcdefghij.".repeat(20_000), counts);

        assertThat(out).startsWith("[SECRET]");
        assertThat(counts.get(PiiType.SECRET)).isPositive();
    }

    @Test
    void redactsAnEmailWithAVeryLongDomainWithoutStackOverflow() {
        String text = "a@" + "bb.".repeat(100_000) + "com";

        assertThat(redactor.containsPii(text)).isTrue();
    }

    @Test
    void redactsALongQuotedSecretFullOfEscapes() {
        String value = "x\\n".repeat(100_000);

        String out = redactor.redact("{\"password\": \"" + value + "\", \"user\": \"bob\"}", null);

        assertThat(out).isEqualTo("{\"password\": \"[SECRET]\", \"user\": \"bob\"}");
    }

    @Test
    void redactsRepeatedAssignmentsInLinearTime() {
        String text = "password=".repeat(20_000) + "x";

        assertThat(redactor.redact(text, null)).isEqualTo("password=[SECRET]");
    }

    @Test
    void redactsAHugePemBodyAsOneSecret() {
        String text = "-----BEGIN PRIVATE KEY-----\n" + "QUJDRA==\n".repeat(100_000) + "-----END PRIVATE KEY-----\nok";
        RedactionCounts counts = new RedactionCounts();

        assertThat(redactor.redact(text, counts)).isEqualTo("[SECRET]\nok");
        assertThat(counts.total()).isEqualTo(1);
    }

    @Test
    void keepsALongCleanDocumentIntact() {
        String doc = "The quick brown fox jumps over the lazy dog at 10:30 on 2026-11-20, v1.2.3, line 42.\n"
                .repeat(20_000);

        assertThat(redactor.redact(doc, null)).isSameAs(doc);
    }
}
