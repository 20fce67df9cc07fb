package dev.concord.review;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV record by record, remembering the line each record starts on. Quoted fields may hold
 * commas, doubled quotes and line breaks; a quote inside an unquoted field is kept as text; blank lines are
 * skipped; a leading byte-order mark is ignored.
 */
public final class CsvReader {
    private final Reader in;
    private long line = 1;
    private long recordLine;
    private int pushed = -2;
    private boolean started;

    public CsvReader(Reader in) {
        this.in = in;
    }

    /** A quoted field that never closes: the rest of the file cannot be read as records. */
    public static final class UnclosedQuoteException extends IOException {
        private final long line;

        UnclosedQuoteException(long line) {
            super("a quoted field opened on line " + line + " is never closed");
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    /** The line on which the last record returned began (1-based). */
    public long recordLine() {
        return recordLine;
    }

    /** The next record's fields, or null at the end. */
    public List<String> next() throws IOException {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        while (c == '\n' || c == '\r') {
            c = endOfLine(c);
        }
        if (c < 0) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>(6);
        StringBuilder field = new StringBuilder();
        while (true) {
            if (c == '"') {
                c = quoted(field);
            }
            while (c >= 0 && c != ',' && c != '\n' && c != '\r') {
                field.append((char) c);
                c = read();
            }
            fields.add(field.toString());
            field.setLength(0);
            if (c == ',') {
                c = read();
                continue;
            }
            if (c >= 0) {
                pushed = endOfLine(c);
            }
            return fields;
        }
    }

    private int quoted(StringBuilder field) throws IOException {
        long opened = line;
        while (true) {
            int c = read();
            if (c < 0) {
                throw new UnclosedQuoteException(opened);
            }
            if (c == '"') {
                int after = read();
                if (after != '"') {
                    return after;
                }
            } else if (c == '\r' || c == '\n') {
                int next = c == '\r' ? read() : -2;
                field.append('\n');
                line++;
                if (next != '\n' && next != -2) {
                    pushed = next;
                }
                continue;
            }
            if (c == '"') {
                field.append('"');
            } else {
                field.append((char) c);
            }
        }
    }

    /** Consumes a line break starting with {@code c}; returns the character after it. */
    private int endOfLine(int c) throws IOException {
        line++;
        int next = read();
        if (c == '\r' && next == '\n') {
            next = read();
        }
        return next;
    }

    private int read() throws IOException {
        if (pushed != -2) {
            int c = pushed;
            pushed = -2;
            return c;
        }
        return in.read();
    }
}
