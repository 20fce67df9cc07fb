package dev.concord.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV record by record, remembering the line each record starts on. Quoted fields may hold
 * commas, doubled quotes and line breaks (CRLF read as {@code \n}); blank lines are skipped; a leading byte-order
 * mark is ignored. Two dialects differ only where RFC 4180 is broken:
 * <ul>
 *   <li>{@link #lenient lenient}, as spreadsheets read: a quote inside an unquoted field is text, text after
 *       a closing quote belongs to the field, spaces are kept;</li>
 *   <li>{@link #strict strict}: both are errors, and spaces around a field are dropped.</li>
 * </ul>
 * A quoted field that is never closed is an error in both. Errors are {@link CsvFormatException}s naming the
 * input, the line and the field.
 */
public final class CsvReader {
    private final Reader in;
    private final String source;
    private final boolean strict;
    private final char[] buffer = new char[8192];
    private int length;
    private int position;
    private long line = 1;
    private long recordLine;
    private boolean first = true;
    private List<String> names = List.of();

    private CsvReader(Reader in, String source, boolean strict) {
        this.in = in;
        this.source = source;
        this.strict = strict;
    }

    /** A reader that takes broken quoting as text, the way spreadsheets do. */
    public static CsvReader lenient(Reader in, String source) {
        return new CsvReader(in, source, false);
    }

    /** A reader that rejects broken quoting and trims unquoted fields. */
    public static CsvReader strict(Reader in, String source) {
        return new CsvReader(in, source, true);
    }

    /** Names the columns in the order they appear, so that errors say {@code field 'label'} instead of a number. */
    public void names(List<String> columns) {
        this.names = List.copyOf(columns);
    }

    /** The line on which the last record returned began (1-based); after the end, that of the last record. */
    public long recordLine() {
        return recordLine;
    }

    /** The next record's fields, or null at the end of the input. */
    public List<String> next() throws IOException {
        while (true) {
            List<String> record = record();
            if (record == null || record.size() > 1 || !record.get(0).isBlank()) {
                return record;
            }
        }
    }

    /** Names a field (0-based) the way errors do. */
    public String fieldName(int index) {
        return index < names.size() ? "field '" + names.get(index) + "'" : "field " + (index + 1);
    }

    private List<String> record() throws IOException {
        int c = read();
        if (first) {
            first = false;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        if (c < 0) {
            return null;
        }
        long startLine = line;
        List<String> fields = new ArrayList<>(6);
        StringBuilder field = new StringBuilder();
        while (true) {
            boolean quoted = c == '"';
            if (quoted) {
                c = quoted(field, fields.size());
            }
            c = rest(c, field, quoted, fields.size());
            fields.add(strict && !quoted ? field.toString().strip() : field.toString());
            field.setLength(0);
            if (c == ',') {
                c = read();
                continue;
            }
            if (c == '\r' && peek() == '\n') {
                read();
            }
            if (c >= 0) {
                line++;
            }
            recordLine = startLine;
            return fields;
        }
    }

    /** Reads a field, or what follows the closing quote of a quoted one, up to its delimiter. */
    private int rest(int c, StringBuilder field, boolean quoted, int index) throws IOException {
        while (c >= 0 && c != ',' && c != '\n' && c != '\r') {
            if (strict && quoted) {
                if (c != ' ' && c != '\t') {
                    throw error(line, index, "unexpected text after a closing quote");
                }
            } else if (strict && c == '"') {
                throw error(line, index, "a quote inside an unquoted field; quote the whole field"
                        + " and double the quotes inside it");
            } else {
                field.append((char) c);
            }
            c = read();
        }
        return c;
    }

    /** Reads a quoted field after its opening quote; returns the character after the closing one. */
    private int quoted(StringBuilder field, int index) throws IOException {
        long opened = line;
        while (true) {
            int c = read();
            if (c < 0) {
                throw error(opened, index, "a quoted field opened on line " + opened + " is never closed");
            }
            if (c == '"') {
                int after = read();
                if (after != '"') {
                    return after;
                }
                field.append('"');
            } else if (c == '\r' && peek() == '\n') {
                read();
                line++;
                field.append('\n');
            } else {
                if (c == '\n' || c == '\r') {
                    line++;
                }
                field.append((char) c);
            }
        }
    }

    private CsvFormatException error(long at, int index, String problem) {
        return new CsvFormatException(source, at, fieldName(index), problem);
    }

    private int read() throws IOException {
        return fill() ? buffer[position++] : -1;
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
