package dev.concord.ingest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineReaderTest {
    private static List<String> lines(byte[] input) throws Exception {
        List<String> out = new ArrayList<>();
        try (LineReader r = new LineReader(new ByteArrayInputStream(input))) {
            while (r.next()) {
                out.add(r.lineNumber() + ":" + new String(r.bytes(), 0, r.length(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Test
    void splitsOnLfAndCrLfAndKeepsALastLineWithoutNewline() throws Exception {
        assertThat(lines("a\r\nb\n\nc".getBytes(StandardCharsets.UTF_8))).containsExactly("1:a", "2:b", "3:", "4:c");
    }

    @Test
    void skipsAByteOrderMark() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x', '\n'};
        assertThat(lines(bom)).containsExactly("1:x");
    }

    @Test
    void handlesLinesLongerThanTheReadBuffer() throws Exception {
        String longLine = "y".repeat(200_000);
        assertThat(lines((longLine + "\nz\n").getBytes(StandardCharsets.UTF_8)))
                .containsExactly("1:" + longLine, "2:z");
    }
}
