package dev.concord.ingest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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

    @Test
    void readsThroughALineOverTheLimitWithoutHoldingIt() throws Exception {
        long huge = 70L << 20;
        InputStream in = new SequenceInputStream(new ByteArrayInputStream("a\n".getBytes(StandardCharsets.UTF_8)),
                new SequenceInputStream(new RepeatedByte((byte) 'x', huge),
                        new ByteArrayInputStream("\nb\n".getBytes(StandardCharsets.UTF_8))));
        try (LineReader r = new LineReader(in, 1 << 20)) {
            assertThat(r.next()).isTrue();
            assertThat(r.tooLong()).isFalse();
            assertThat(r.next()).isTrue();
            assertThat(r.tooLong()).isTrue();
            assertThat(r.lineBytes()).isEqualTo(huge);
            assertThat(r.lineNumber()).isEqualTo(2);
            assertThat(r.capacity()).as("memory stays at the limit").isLessThanOrEqualTo(1 << 20);
            assertThat(r.next()).isTrue();
            assertThat(r.tooLong()).isFalse();
            assertThat(new String(r.bytes(), 0, r.length(), StandardCharsets.UTF_8)).isEqualTo("b");
            assertThat(r.lineNumber()).isEqualTo(3);
            assertThat(r.next()).isFalse();
        }
    }

    @Test
    void binaryHeadIsSeenWithoutLosingTheBytesItRead() throws Exception {
        try (LineReader r = new LineReader(new ByteArrayInputStream("{}\n{\"a\":1}\n".getBytes(StandardCharsets.UTF_8)))) {
            assertThat(r.binaryHead()).isFalse();
            assertThat(r.next()).isTrue();
            assertThat(r.length()).isEqualTo(2);
            assertThat(r.next()).isTrue();
            assertThat(r.length()).isEqualTo(7);
        }
        try (LineReader r = new LineReader(new ByteArrayInputStream(new byte[] {'x', 0, 'y'}))) {
            assertThat(r.binaryHead()).isTrue();
        }
    }

    /** A stream of one byte repeated, generated on the fly, so the test itself holds nothing. */
    private static final class RepeatedByte extends InputStream {
        private final byte value;
        private long left;

        RepeatedByte(byte value, long count) {
            this.value = value;
            this.left = count;
        }

        @Override
        public int read() {
            if (left == 0) {
                return -1;
            }
            left--;
            return value;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            Arrays.fill(b, off, off + n, value);
            left -= n;
            return n;
        }
    }
}
