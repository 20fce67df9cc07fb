package dev.concord.service;

import java.util.List;

/**
 * What {@code reviews import} did.
 *
 * @param rows             data rows read (header excluded)
 * @param added            first reviews stored
 * @param revised          new revisions of existing reviews
 * @param unchanged        rows identical to the reviewer's latest review (or the lead's decision), not stored again
 * @param decided          leads' decisions stored or replaced ({@code kind} = {@code decision} rows)
 * @param reviewersCreated names of reviewers that did not exist before
 * @param badRows          {@code file:line: field: reason} for every row left out
 * @param redactions       PII spans replaced in corrections
 */
public record ReviewImportReport(String file, long rows, long added, long revised, long unchanged, long decided,
                                 List<String> reviewersCreated, List<String> badRows, long redactions) {
    public boolean hasBadRows() {
        return !badRows.isEmpty();
    }
}
