package dev.concord.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV that is safe to open in a spreadsheet: fields quoted when needed, quotes doubled,
 * {@code \n} between records, cells that a spreadsheet would run as formulas written as text
 * ({@link FormulaGuard}, always quoted), and no NUL characters.
 */
public final class CsvWriter {
    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    /** Writes one record; null fields are written empty. */
    public void write(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(fields.get(i)));
        }
        out.write('\n');
    }

    /** How one field is written. */
    static String cell(String field) {
        if (field == null || field.isEmpty()) {
            return "";
        }
        String s = field.indexOf('\0') >= 0 ? field.replace("\0", "") : field;
        String text = FormulaGuard.neutralise(s);
        boolean needs = text.length() != s.length() || s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0
                || s.indexOf('\r') >= 0 || !s.equals(s.strip());
        return needs ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
