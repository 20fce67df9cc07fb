package dev.concord.service;

import dev.concord.curate.ExampleFile;
import dev.concord.curate.ExclusionReason;
import dev.concord.curate.Origin;
import dev.concord.export.Tally;

import java.util.Map;

/** Plain-text summary of an export or preview, for the CLI and the dialog. */
public final class ExportReportFormatter {
    private ExportReportFormatter() {
    }

    public static String format(ExportReport r) {
        StringBuilder sb = new StringBuilder();
        Tally t = r.tally();
        sb.append(r.isPreview() ? "preview (nothing written)\n" : "exported to " + r.folder() + "\n");
        sb.append(String.format("reviewed items:     %,d (%,d agreed, %,d waiting for a lead), %,d not yet reviewed%n",
                t.reviewedItems(), t.agreedItems(), t.awaitingLead(), r.unreviewed()));
        sb.append(String.format("automatic:          %,d candidates read%n", t.candidates()));
        sb.append(String.format("%-24s %10s %10s %10s%n", "file", "rows", "reviewed", "automatic"));
        for (ExampleFile f : ExampleFile.values()) {
            sb.append(String.format("%-24s %,10d %,10d %,10d%n", f.path(), t.rows(f), t.rows(f, Origin.REVIEWED),
                    t.rows(f, Origin.AUTOMATIC)));
        }
        sb.append(String.format("%-24s %,10d %,10d %,10d%n", "total", t.totalRows(), t.totalRows(Origin.REVIEWED),
                t.totalRows(Origin.AUTOMATIC)));
        Map<ExclusionReason, Long> excluded = t.excluded();
        sb.append(excluded.isEmpty() ? "excluded:           nothing\n" : "excluded:\n");
        excluded.forEach((reason, n) -> sb.append(String.format("  %-22s %,8d  %s%n", reason.code(), n,
                reason.description())));
        if (r.piiBlocked() > 0) {
            sb.append(String.format("PII: the last scan blocked %,d row(s); see the pii exclusions%n", r.piiBlocked()));
        }
        sb.append(String.format("time:               %,d ms%n", r.millis()));
        return sb.toString();
    }
}
