package dev.concord.csv;

import java.io.IOException;

/**
 * CSV that cannot be split into records, naming the input, the line and the field; the message reads
 * {@code source:line: field 'name': problem} and never quotes the content of the file.
 */
public final class CsvFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final String field;
    private final String problem;

    CsvFormatException(String source, long line, String field, String problem) {
        super(source + ":" + line + ": " + field + ": " + problem);
        this.source = source;
        this.line = line;
        this.field = field;
        this.problem = problem;
    }

    /** The name of the input, typically the file. */
    public String source() {
        return source;
    }

    /** The 1-based line where the problem is (for a quote never closed: where it opened). */
    public long line() {
        return line;
    }

    /** The field, as {@code field 'label'} once the header is known, else {@code field 3}. */
    public String field() {
        return field;
    }

    /** What is wrong, in plain words, without the file name, line or field. */
    public String problem() {
        return problem;
    }
}
