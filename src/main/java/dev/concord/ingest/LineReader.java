package dev.concord.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a stream line by line as raw bytes, so that invalid UTF-8 can be reported per line and a huge file
 * streams through one reusable buffer. Accepts {@code \n} and {@code \r\n}; skips a UTF-8 byte-order mark.
 * The stream is read once, front to back, so a pipe works as well as a file. A line longer than the limit is
 * read through without being kept: {@link #tooLong()} says so and {@link #lineBytes()} gives its size, so
 * memory stays at the limit whatever the input.
 */
final class LineReader implements Closeable {
    static final int HEAD = 8192;
    private static final int CHUNK = 1 << 16;

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buf = new byte[CHUNK];
    private int start;
    private int end;
    private boolean eof;
    private byte[] line = new byte[1024];
    private int lineLength;
    private long lineBytes;
    private boolean tooLong;
    private long lineNumber;
    private long bytesRead;
    private boolean first = true;

    LineReader(InputStream in) {
        this(in, Integer.MAX_VALUE - 16);
    }

    LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * Whether the first {@value #HEAD} bytes hold a NUL byte (a binary file). Reads them into the buffer,
     * where the lines then come from: call it before the first {@link #next()}. A pipe whose writer pauses (a read
     * that returns less than asked) after a complete line is not waited for: the check covers what has come, and
     * its lines are read as they arrive ({@code tail -f log | concord ingest -}).
     */
    boolean binaryHead() throws IOException {
        while (end < HEAD && !eof) {
            int asked = HEAD - end;
            int n = in.read(buf, end, asked);
            if (n < 0) {
                eof = true;
            } else {
                bytesRead += n;
                end += n;
                if (n < asked && holdsLineEnd()) {
                    break;
                }
            }
        }
        for (int i = start; i < end; i++) {
            if (buf[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private boolean holdsLineEnd() {
        for (int i = start; i < end; i++) {
            if (buf[i] == '\n') {
                return true;
            }
        }
        return false;
    }

    /** Advances to the next line; false at end of input. */
    boolean next() throws IOException {
        lineLength = 0;
        lineBytes = 0;
        tooLong = false;
        while (true) {
            for (int i = start; i < end; i++) {
                if (buf[i] == '\n') {
                    append(start, i);
                    start = i + 1;
                    finishLine();
                    return true;
                }
            }
            append(start, end);
            start = end;
            if (eof || !fill()) {
                if (lineBytes == 0) {
                    return false;
                }
                finishLine();
                return true;
            }
        }
    }

    private void finishLine() {
        lineNumber++;
        if (lineLength > 0 && line[lineLength - 1] == '\r') {
            lineLength--;
        }
        if (first) {
            first = false;
            if (lineLength >= 3 && (line[0] & 0xff) == 0xEF && (line[1] & 0xff) == 0xBB && (line[2] & 0xff) == 0xBF) {
                System.arraycopy(line, 3, line, 0, lineLength - 3);
                lineLength -= 3;
            }
        }
    }

    private void append(int from, int to) {
        int n = to - from;
        if (n <= 0) {
            return;
        }
        lineBytes += n;
        if (tooLong) {
            return;
        }
        if (lineBytes > maxLineBytes) {
            tooLong = true;
            lineLength = 0;
            return;
        }
        if (lineLength + n > line.length) {
            line = Arrays.copyOf(line, (int) Math.min(maxLineBytes, Math.max(line.length * 2L, lineLength + n)));
        }
        System.arraycopy(buf, from, line, lineLength, n);
        lineLength += n;
    }

    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        if (n < 0) {
            eof = true;
            start = end = 0;
            return false;
        }
        bytesRead += n;
        start = 0;
        end = n;
        return true;
    }

    byte[] bytes() {
        return line;
    }

    int length() {
        return lineLength;
    }

    /** Whether the current line is longer than the limit; its bytes are then not kept. */
    boolean tooLong() {
        return tooLong;
    }

    /** The current line's size in bytes, without its line break (counted even when too long to keep). */
    long lineBytes() {
        return lineBytes;
    }

    /** How much memory the line buffer holds: never more than the limit. */
    int capacity() {
        return line.length;
    }

    long lineNumber() {
        return lineNumber;
    }

    long bytesRead() {
        return bytesRead;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
