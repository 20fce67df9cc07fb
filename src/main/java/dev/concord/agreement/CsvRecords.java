package dev.concord.agreement;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits RFC 4180 CSV into records, tracking the line on which each record starts. Quoted fields
 * may contain commas, doubled quotes and line breaks; unquoted fields are trimmed.
 */
final class CsvRecords {

    private final Reader in;
    private final String source;
    private final char[] buffer = new char[8192];
    private int length;
    private int position;
    private long line = 1;
    private long recordLine;
    private boolean first = true;

    CsvRecords(Reader in, String source) {
        this.in = in;
        this.source = source;
    }

    /** Line on which the last record returned by {@link #next()} started. */
    long recordLine() {
        return recordLine;
    }

    /** The next record's fields, or null at the end of input. */
    List<String> next() throws IOException {
        int c = read();
        if (first && c == '\uFEFF') {
            c = read();
        }
        first = false;
        if (c < 0) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>(3);
        StringBuilder field = new StringBuilder();
        while (true) {
            if (c == '"') {
                c = quoted(field);
                fields.add(field.toString());
            } else {
                while (c >= 0 && c != ',' && c != '\n' && c != '\r') {
                    if (c == '"') {
                        throw error(line, "a quote inside an unquoted field; quote the whole field"
                                + " and double the quotes inside it");
                    }
                    field.append((char) c);
                    c = read();
                }
                fields.add(field.toString().strip());
            }
            field.setLength(0);
            if (c == ',') {
                c = read();
                continue;
            }
            endLine(c);
            return fields;
        }
    }

    /** Reads a quoted field after its opening quote; returns the character after it. */
    private int quoted(StringBuilder field) throws IOException {
        long opened = line;
        field.setLength(0);
        while (true) {
            int c = read();
            if (c < 0) {
                throw error(opened, "a quoted field opened on this line is never closed");
            }
            if (c == '"') {
                int after = read();
                if (after != '"') {
                    while (after == ' ' || after == '\t') {
                        after = read();
                    }
                    if (after >= 0 && after != ',' && after != '\n' && after != '\r') {
                        throw error(line, "unexpected text after a closing quote");
                    }
                    return after;
                }
            }
            if (c == '\n' || c == '\r' && peek() != '\n') {
                line++;
            }
            field.append((char) c);
        }
    }

    private void endLine(int c) throws IOException {
        if (c == '\r' && peek() == '\n') {
            read();
        }
        if (c >= 0) {
            line++;
        }
    }

    RatingsFormatException error(long at, String problem) {
        return new RatingsFormatException(source, at, problem);
    }

    private int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        return fill() ? buffer[position] : -1;
    }

    private boolean fill() throws IOException {
        while (position == length) {
            length = in.read(buffer);
            position = 0;
            if (length < 0) {
                length = 0;
                return false;
            }
        }
        return true;
    }
}
