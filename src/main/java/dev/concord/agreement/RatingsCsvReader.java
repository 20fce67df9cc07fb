package dev.concord.agreement;

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
 * <p>Quoting follows RFC 4180: a field that contains a comma, quote or line break is enclosed in
 * double quotes, with inner quotes doubled. Unquoted fields are trimmed; quoted fields are taken
 * as written. Blank lines are skipped. Problems are reported as {@link RatingsFormatException}
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
        CsvRecords records = new CsvRecords(in, source);
        List<String> header = nextNonBlank(records);
        if (header == null) {
            throw records.error(1, "the file is empty; expected the header 'item,reviewer,label'");
        }
        int[] column = headerColumns(header, records);
        RatingTable.Builder builder = RatingTable.builder();
        Map<String, Long> seen = new HashMap<>();
        int rows = 0;
        for (List<String> record = nextNonBlank(records); record != null;
                record = nextNonBlank(records)) {
            long line = records.recordLine();
            if (record.size() != 3) {
                throw records.error(line, "expected 3 fields (item,reviewer,label) but found "
                        + record.size() + "; quote fields that contain commas");
            }
            String item = record.get(column[0]);
            String reviewer = record.get(column[1]);
            String label = record.get(column[2]);
            for (int f = 0; f < 3; f++) {
                if (record.get(column[f]).isEmpty()) {
                    throw records.error(line, "the " + COLUMNS.get(f) + " is empty");
                }
            }
            Long earlier = seen.putIfAbsent(item + '\u0000' + reviewer, line);
            if (earlier != null) {
                throw records.error(line, "reviewer '" + reviewer + "' already rated item '" + item
                        + "' on line " + earlier);
            }
            builder.add(item, reviewer, label);
            rows++;
        }
        if (rows == 0) {
            throw records.error(records.recordLine(), "the file has a header but no ratings");
        }
        return builder.build();
    }

    private static List<String> nextNonBlank(CsvRecords records) throws IOException {
        List<String> record = records.next();
        while (record != null && record.size() == 1 && record.get(0).isEmpty()) {
            record = records.next();
        }
        return record;
    }

    private static int[] headerColumns(List<String> header, CsvRecords records) {
        long line = records.recordLine();
        String found = String.join(",", header);
        int[] column = new int[3];
        if (header.size() != 3) {
            throw records.error(line, "expected the header 'item,reviewer,label' but found '"
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
            throw records.error(line, "expected the header 'item,reviewer,label' but found '"
                    + found + "'");
        }
        return column;
    }
}
