package dev.concord.service;

import dev.concord.redact.RedactionCounts;
import dev.concord.redact.Redactor;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** The header of a reviews CSV ({@link ReviewCsvService#COLUMNS}): item, reviewer and label are required. */
final class ReviewCsvColumns {
    private ReviewCsvColumns() {
    }

    /** Where each of the seven fields is in a record (-1 if the optional column is absent). */
    static int[] of(String file, List<String> header, Redactor redactor) throws IOException {
        int[] at = new int[ReviewCsvService.COLUMNS.size()];
        java.util.Arrays.fill(at, -1);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            int known = ReviewCsvService.COLUMNS.indexOf(name);
            if (known < 0) {
                throw new IOException(file + ":1: unknown column '" + redactor.redact(header.get(i).strip(), new RedactionCounts())
                        + "'; expected " + String.join(",", ReviewCsvService.HEADER) + "[,kind]");
            }
            if (at[known] >= 0) {
                throw new IOException(file + ":1: column '" + name + "' appears twice");
            }
            at[known] = i;
        }
        for (int required : new int[] {0, 1, 2}) {
            if (at[required] < 0) {
                throw new IOException(file + ":1: missing column '" + ReviewCsvService.HEADER.get(required)
                        + "'; expected the header " + String.join(",", ReviewCsvService.HEADER));
            }
        }
        return at;
    }

    /** The column names in file order, for messages that name a field. */
    static List<String> names(int[] columns) {
        String[] names = new String[java.util.Arrays.stream(columns).max().orElse(-1) + 1];
        for (int which = 0; which < columns.length; which++) {
            if (columns[which] >= 0) {
                names[columns[which]] = ReviewCsvService.COLUMNS.get(which);
            }
        }
        return List.of(names);
    }

}
