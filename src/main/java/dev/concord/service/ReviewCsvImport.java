package dev.concord.service;

import dev.concord.redact.RedactionCounts;
import dev.concord.redact.Redactor;
import dev.concord.review.CsvReader;
import dev.concord.review.LabelSet;
import dev.concord.review.ReviewDraft;
import dev.concord.review.ReviewLabel;
import dev.concord.review.ReviewRules;
import dev.concord.store.ItemNeeds;
import dev.concord.store.ReviewWriter;

import java.io.IOException;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One run of a reviews CSV import inside one transaction; see {@link ReviewCsvService#importFile}. */
final class ReviewCsvImport {
    private static final int ITEM = 0;
    private static final int REVIEWER = 1;
    private static final int LABEL = 2;
    private static final int CORRECTION = 3;
    private static final int BEST = 4;
    private static final int WORST = 5;

    private final String file;
    private final int[] columns;
    private final LabelSet labels;
    private final Redactor redactor;
    private final Instant now;
    private final List<String> bad = new ArrayList<>();
    private final List<String> created = new ArrayList<>();
    private final Map<String, Long> seen = new HashMap<>();
    private long rows;
    private long added;
    private long revised;
    private long unchanged;

    private final ItemNeeds needs;

    ReviewCsvImport(String file, int[] columns, LabelSet labels, Redactor redactor, Instant now, ItemNeeds needs) {
        this.needs = needs;
        this.file = file;
        this.columns = columns;
        this.labels = labels;
        this.redactor = redactor;
        this.now = now;
    }

    /** Where each of the six fields is in a record (-1 if the optional column is absent). */
    static int[] columns(String file, List<String> header) throws IOException {
        int[] at = new int[ReviewCsvService.HEADER.size()];
        java.util.Arrays.fill(at, -1);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            int known = ReviewCsvService.HEADER.indexOf(name);
            if (known < 0) {
                throw new IOException(file + ":1: unknown column '" + header.get(i).strip() + "'; expected "
                        + String.join(",", ReviewCsvService.HEADER));
            }
            if (at[known] >= 0) {
                throw new IOException(file + ":1: column '" + name + "' appears twice");
            }
            at[known] = i;
        }
        for (int required : new int[] {ITEM, REVIEWER, LABEL}) {
            if (at[required] < 0) {
                throw new IOException(file + ":1: missing column '" + ReviewCsvService.HEADER.get(required)
                        + "'; expected the header " + String.join(",", ReviewCsvService.HEADER));
            }
        }
        return at;
    }

    ReviewImportReport execute(Connection c, CsvReader csv, RedactionCounts counts) throws Exception {
        try (ReviewWriter writer = new ReviewWriter(c, needs)) {
            writer.beginWrite();
            while (true) {
                List<String> record;
                try {
                    record = csv.next();
                } catch (CsvReader.UnclosedQuoteException e) {
                    bad.add(file + ":" + e.line() + ": " + e.getMessage() + "; the rest of the file was not read");
                    break;
                }
                if (record == null) {
                    break;
                }
                rows++;
                long line = csv.recordLine();
                try {
                    row(writer, record, line, counts);
                } catch (RowException e) {
                    bad.add(file + ":" + line + ": " + e.getMessage());
                }
            }
        }
        return new ReviewImportReport(file, rows, added, revised, unchanged, List.copyOf(created), List.copyOf(bad),
                counts.total());
    }

    private void row(ReviewWriter writer, List<String> record, long line, RedactionCounts counts) throws Exception {
        if (record.size() != columnCount()) {
            throw new RowException("expected " + columnCount() + " fields, found " + record.size());
        }
        String itemId = required(record, ITEM);
        String reviewerName = required(record, REVIEWER);
        String labelText = required(record, LABEL);
        ReviewWriter.ItemFacts item = writer.item(itemId)
                .orElseThrow(() -> new RowException("item: unknown item '" + itemId + "'"));
        ReviewLabel label = labels.resolve(labelText).orElseThrow(() -> new RowException("label: unknown label '"
                + labelText + "' (known: " + String.join(", ", labels.ids()) + ")"));
        String bestText = field(record, BEST).strip();
        boolean none = bestText.equalsIgnoreCase("none");
        Integer best = none ? null : attempt("best", bestText, item.attempts());
        Integer worst = attempt("worst", field(record, WORST).strip(), item.attempts());
        ReviewDraft draft;
        try {
            String correction = field(record, CORRECTION);
            draft = ReviewRules.check(new ReviewDraft(label.id(), correction.isEmpty() ? null : correction, best, worst,
                    none, null), item.attempts(), item.lastAnswer(), labels);
        } catch (IllegalArgumentException e) {
            throw new RowException(e.getMessage());
        }
        String key = itemId + "\u0000" + reviewerName;
        Long earlier = seen.putIfAbsent(key, line);
        if (earlier != null) {
            throw new RowException("duplicate: item '" + itemId + "' by reviewer '" + reviewerName
                    + "' is already on line " + earlier);
        }
        draft = new ReviewDraft(draft.label(), redactor.redact(draft.correction(), counts), draft.best(), draft.worst(),
                draft.noneAcceptable(), null);
        ReviewWriter.ReviewerRef reviewer = writer.reviewer(reviewerName, now);
        if (reviewer.created()) {
            created.add(reviewer.reviewer().name());
        }
        Optional<ReviewWriter.Latest> latest = writer.latest(itemId, reviewer.reviewer().id());
        if (latest.isPresent() && latest.get().sameAs(draft)) {
            unchanged++;
            return;
        }
        writer.submit(itemId, reviewer.reviewer().id(), draft, now);
        if (latest.isPresent()) {
            revised++;
        } else {
            added++;
        }
    }

    private int columnCount() {
        int n = 0;
        for (int at : columns) {
            n = Math.max(n, at + 1);
        }
        return n;
    }

    private String field(List<String> record, int which) {
        return columns[which] < 0 ? "" : record.get(columns[which]);
    }

    private String required(List<String> record, int which) throws RowException {
        String v = field(record, which).strip();
        if (v.isEmpty()) {
            throw new RowException(ReviewCsvService.HEADER.get(which) + ": missing");
        }
        return v;
    }

    private static Integer attempt(String field, String text, int attempts) throws RowException {
        if (text.isEmpty()) {
            return null;
        }
        int n;
        try {
            n = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new RowException(field + ": '" + text + "' is not an attempt number (1-" + attempts
                    + (field.equals("best") ? " or none" : "") + ")");
        }
        if (n < 1 || n > attempts) {
            throw new RowException(field + ": attempt " + n + " does not exist (the item has " + attempts + ")");
        }
        return n - 1;
    }

    private static final class RowException extends Exception {
        RowException(String message) {
            super(message);
        }
    }
}
