package dev.concord.service;

import dev.concord.csv.CsvFormatException;
import dev.concord.csv.CsvReader;
import dev.concord.csv.FormulaGuard;
import dev.concord.redact.RedactionCounts;
import dev.concord.redact.Redactor;
import dev.concord.review.Adjudication;
import dev.concord.review.AdjudicationDraft;
import dev.concord.review.LabelSet;
import dev.concord.review.ReviewDraft;
import dev.concord.review.ReviewLabel;
import dev.concord.review.ReviewRules;
import dev.concord.review.Reviewer;
import dev.concord.store.ItemNeeds;
import dev.concord.store.ReviewWriter;
import dev.concord.store.UnitOfWork;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One run of a reviews CSV import inside one transaction; see {@link ReviewCsvService#importFile}. Messages name
 * the line and the field, never the content of a cell (a header cell is shown redacted).
 */
final class ReviewCsvImport {
    private static final int ITEM = 0;
    private static final int REVIEWER = 1;
    private static final int LABEL = 2;
    private static final int CORRECTION = 3;
    private static final int BEST = 4;
    private static final int WORST = 5;
    private static final int KIND = 6;

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

    private long decided;
    private final Map<String, Long> decisionLines = new HashMap<>();

    private final ItemNeeds needs;
    private final ImportRights rights;

    ReviewCsvImport(String file, int[] columns, LabelSet labels, Redactor redactor, Instant now, ItemNeeds needs,
                    ImportRights rights) {
        this.needs = needs;
        this.rights = rights;
        this.file = file;
        this.columns = columns;
        this.labels = labels;
        this.redactor = redactor;
        this.now = now;
    }

    ReviewImportReport execute(UnitOfWork store, CsvReader csv, RedactionCounts counts) throws Exception {
        try (ReviewWriter writer = store.reviewWriter(needs)) {
            writer.beginWrite();
            while (true) {
                List<String> record;
                try {
                    record = csv.next();
                } catch (CsvFormatException e) {
                    bad.add(e.getMessage() + "; the rest of the file was not read");
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
        return new ReviewImportReport(file, rows, added, revised, unchanged, decided, created.stream().map(n -> redactor.redact(n, new RedactionCounts())).toList(),
                List.copyOf(bad),
                counts.total());
    }

    private void row(ReviewWriter writer, List<String> record, long line, RedactionCounts counts) throws Exception {
        if (record.size() != columnCount()) {
            throw new RowException("expected " + columnCount() + " fields, found " + record.size());
        }
        String itemId = required(record, ITEM);
        String reviewerName = required(record, REVIEWER);
        String labelText = required(record, LABEL);
        boolean decision = decision(field(record, KIND).strip());
        Optional<String> refused = decision ? rights.checkDecision(reviewerName) : rights.checkReview(reviewerName);
        if (refused.isPresent()) {
            throw new RowException(refused.get());
        }
        ReviewWriter.ItemFacts item = writer.item(itemId)
                .orElseThrow(() -> new RowException(ITEM, "no flagged item has this id"));
        ReviewLabel label = labels.resolve(labelText).orElseThrow(() -> new RowException(LABEL,
                "not one of the labels (" + String.join(", ", labels.ids()) + ")"));
        String bestText = field(record, BEST).strip();
        boolean none = bestText.equalsIgnoreCase("none");
        Integer best = none ? null : attempt(BEST, bestText, item.attempts());
        Integer worst = attempt(WORST, field(record, WORST).strip(), item.attempts());
        ReviewDraft draft;
        try {
            String correction = field(record, CORRECTION);
            draft = ReviewRules.check(new ReviewDraft(label.id(), correction.isEmpty() ? null : correction, best, worst,
                    none, null), item.attempts(), item.lastAnswer(), labels);
        } catch (IllegalArgumentException e) {
            throw RowException.of(e.getMessage());
        }
        if (decision) {
            decide(writer, itemId, reviewerName, draft, line, counts);
            return;
        }
        String key = itemId + "\u0000" + reviewerName;
        Long earlier = seen.putIfAbsent(key, line);
        if (earlier != null) {
            throw new RowException(REVIEWER, "this reviewer already has a row for this item on line " + earlier);
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

    private static boolean decision(String kind) throws RowException {
        if (kind.isEmpty() || kind.equalsIgnoreCase("review")) {
            return false;
        }
        if (kind.equalsIgnoreCase("decision")) {
            return true;
        }
        throw new RowException(KIND, "not 'review' or 'decision'");
    }

    /** A lead's decision row: stored under that lead once the item has the policy's minimum reviews. */
    private void decide(ReviewWriter writer, String itemId, String leadName, ReviewDraft draft, long line,
                        RedactionCounts counts) throws Exception {
        Long earlier = decisionLines.get(itemId);
        if (earlier != null) {
            throw new RowException(ITEM, "this item already has a decision on line " + earlier);
        }
        Reviewer lead = writer.existing(leadName).filter(Reviewer::lead).orElseThrow(() -> new RowException(REVIEWER,
                "no lead of this database has this name; a decision is imported only under the lead who made it"));
        ReviewWriter.Decided now = writer.decided(itemId);
        if (now.decision().isEmpty() && now.reviews() < rights.minReviews()) {
            throw new RowException(ITEM, "a decision needs the " + rights.minReviews()
                    + " reviews the consensus policy asks for; this item has " + now.reviews());
        }
        decisionLines.put(itemId, line);
        AdjudicationDraft d = new AdjudicationDraft(draft.label(), redactor.redact(draft.correction(), counts),
                draft.best(), draft.worst(), draft.noneAcceptable(), null, null);
        if (now.decision().filter(a -> sameDecision(a, lead.id(), d)).isPresent()) {
            unchanged++;
            return;
        }
        writer.decide(itemId, lead.id(), d, this.now);
        decided++;
    }

    private static boolean sameDecision(Adjudication a, String leadId, AdjudicationDraft d) {
        return a.leadId().equals(leadId) && a.label().equals(d.label()) && Objects.equals(a.correction(), d.correction())
                && Objects.equals(a.best(), d.best()) && Objects.equals(a.worst(), d.worst())
                && a.noneAcceptable() == d.noneAcceptable();
    }

    private int columnCount() {
        int n = 0;
        for (int at : columns) {
            n = Math.max(n, at + 1);
        }
        return n;
    }

    private String field(List<String> record, int which) {
        return columns[which] < 0 ? "" : FormulaGuard.restore(record.get(columns[which]));
    }

    private String required(List<String> record, int which) throws RowException {
        String v = field(record, which).strip();
        if (v.isEmpty()) {
            throw new RowException(which, "missing");
        }
        return v;
    }

    private static Integer attempt(int which, String text, int attempts) throws RowException {
        if (text.isEmpty()) {
            return null;
        }
        int n;
        try {
            n = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new RowException(which, "not an attempt number (1-" + attempts + (which == BEST ? " or none" : "") + ")");
        }
        if (n < 1 || n > attempts) {
            throw new RowException(which, "no such attempt (the item has " + attempts + ")");
        }
        return n - 1;
    }

    /** A bad row: the message names the field and says what is wrong, without the cell's content. */
    private static final class RowException extends Exception {
        RowException(String message) {
            super(message);
        }

        RowException(int which, String problem) {
            this("field '" + ReviewCsvService.COLUMNS.get(which) + "': " + problem);
        }

        /** From a review rule's {@code "field: problem"}. */
        static RowException of(String ruleMessage) {
            int colon = ruleMessage.indexOf(": ");
            int which = colon < 0 ? -1 : ReviewCsvService.HEADER.indexOf(ruleMessage.substring(0, colon));
            return which < 0 ? new RowException(ruleMessage) : new RowException(which, ruleMessage.substring(colon + 2));
        }
    }
}
