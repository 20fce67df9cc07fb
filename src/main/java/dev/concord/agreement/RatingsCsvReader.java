package dev.concord.agreement;

import dev.concord.csv.CsvFormatException;
import dev.concord.csv.CsvReader;

import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a ratings table from CSV with the header {@code item,reviewer,label} (any order, any case)
 * and one row per rating. A reviewer without a row for an item did not rate it.
 *
 * <p>Quoting follows RFC 4180, read by the {@link CsvReader#strict strict} reader: a field that
 * contains a comma, quote or line break is enclosed in double quotes, with inner quotes doubled.
 * Unquoted fields are trimmed; quoted fields are taken as written. Blank lines are skipped. Problems are reported as {@link RatingsFormatException}
 * naming the source and the line: an empty file, a missing or wrong header, a row with other than
 * three fields, an empty field, a reviewer rating the same item twice, broken quoting, a file with
 * a header but no ratings.
 */
public final class RatingsCsvReader {

    private static final List<String> COLUMNS = List.of("item", "reviewer", "label");

    private RatingsCsvReader() {
    }

    /**
     * Reads the table.
     *
     * @param in the CSV text; not closed
     * @param source name used in error messages, typically the file name
     * @throws RatingsFormatException if the content is not a valid ratings table
     * @throws IOException if reading fails
     */
    public static RatingTable read(Reader in, String source) throws IOException {
        try {
            return table(CsvReader.strict(in, source), source);
        } catch (CsvFormatException e) {
            throw new RatingsFormatException(source, e.line(), e.problem() + " (" + e.field() + ")");
        }
    }

    private static RatingTable table(CsvReader records, String source) throws IOException {
        List<String> header = records.next();
        if (header == null) {
            throw new RatingsFormatException(source, 1, "the file is empty; expected the header 'item,reviewer,label'");
        }
        int[] column = headerColumns(header, records.recordLine(), source);
        String[] names = new String[3];
        for (int f = 0; f < 3; f++) {
            names[column[f]] = COLUMNS.get(f);
        }
        records.names(List.of(names));
        RatingTable.Builder builder = RatingTable.builder();
        Map<String, Long> seen = new HashMap<>();
        int rows = 0;
        for (List<String> record = records.next(); record != null; record = records.next()) {
            long line = records.recordLine();
            if (record.size() != 3) {
                throw new RatingsFormatException(source, line, "expected 3 fields (item,reviewer,label) but found "
                        + record.size() + "; quote fields that contain commas");
            }
            String item = record.get(column[0]);
            String reviewer = record.get(column[1]);
            String label = record.get(column[2]);
            for (int f = 0; f < 3; f++) {
                if (record.get(column[f]).isEmpty()) {
                    throw new RatingsFormatException(source, line, "the " + COLUMNS.get(f) + " is empty");
                }
            }
            Long earlier = seen.putIfAbsent(item + '\u0000' + reviewer, line);
            if (earlier != null) {
                throw new RatingsFormatException(source, line, "reviewer '" + reviewer + "' already rated item '"
                        + item + "' on line " + earlier);
            }
            builder.add(item, reviewer, label);
            rows++;
        }
        if (rows == 0) {
            throw new RatingsFormatException(source, records.recordLine(), "the file has a header but no ratings");
        }
        return builder.build();
    }

    private static int[] headerColumns(List<String> header, long line, String source) {
        String found = String.join(",", header);
        int[] column = new int[3];
        if (header.size() != 3) {
            throw new RatingsFormatException(source, line, "expected the header 'item,reviewer,label' but found '"
                    + found + "' (" + header.size() + " columns)");
        }
        for (int f = 0; f < 3; f++) {
            column[f] = -1;
            for (int h = 0; h < 3; h++) {
                if (header.get(h).toLowerCase(Locale.ROOT).equals(COLUMNS.get(f))) {
                    column[f] = h;
                }
            }
        }
        if (column[0] < 0 || column[1] < 0 || column[2] < 0) {
            throw new RatingsFormatException(source, line, "expected the header 'item,reviewer,label' but found '"
                    + found + "'");
        }
        return column;
    }
}
