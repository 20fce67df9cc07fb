package dev.concord.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a stream line by line as raw bytes, so that invalid UTF-8 can be reported per line and a huge file
 * streams through one reusable buffer. Accepts {@code \n} and {@code \r\n}; skips a UTF-8 byte-order mark.
 */
final class LineReader implements Closeable {
    private static final int CHUNK = 1 << 16;

    private final InputStream in;
    private byte[] buf = new byte[CHUNK];
    private int start;
    private int end;
    private boolean eof;
    private byte[] line = new byte[1024];
    private int lineLength;
    private long lineNumber;
    private long bytesRead;
    private boolean first = true;

    LineReader(InputStream in) {
        this.in = in;
    }

    /** Advances to the next line; false at end of input. */
    boolean next() throws IOException {
        lineLength = 0;
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
                if (lineLength == 0) {
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
        if (lineLength + n > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + n));
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
