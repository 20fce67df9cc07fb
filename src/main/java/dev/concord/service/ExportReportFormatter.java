package dev.concord.service;

import dev.concord.curate.ExampleFile;
import dev.concord.curate.ExclusionReason;
import dev.concord.curate.ExportPolicy;
import dev.concord.curate.Origin;
import dev.concord.export.Leftovers;
import dev.concord.export.Tally;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

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
        for (ExportPolicy.EvalLayout l : r.policy().evalLayouts()) {
            if (l != ExportPolicy.EvalLayout.CONCORD) {
                sb.append(String.format("eval layout %-12s %,d cases%s%n", l.code(), t.rows(ExampleFile.GOLDEN)
                        + t.rows(ExampleFile.REGRESSION), r.isPreview() ? "" : " in eval/" + l.code() + "/"));
            }
        }
        Map<ExclusionReason, Long> excluded = t.excluded();
        sb.append(excluded.isEmpty() ? "excluded:           nothing\n" : "excluded:\n");
        excluded.forEach((reason, n) -> sb.append(String.format("  %-22s %,8d  %s%n", reason.code(), n,
                reason.description())));
        if (r.piiBlocked() > 0) {
            sb.append(String.format("PII: the last scan blocked %,d row(s); see the pii exclusions%n", r.piiBlocked()));
        }
        for (Path p : r.leftovers().removed()) {
            sb.append("removed leftover of an interrupted export: ").append(p).append('\n');
        }
        new TreeMap<>(r.leftovers().kept()).forEach((p, why) -> sb.append("left alone: ").append(p).append(": ")
                .append(why).append('\n'));
        sb.append(String.format("time:               %,d ms%n", r.millis()));
        return sb.toString();
    }

    /**
     * One line on the leftovers of interrupted exports, for the dialog's status: "removed 1 leftover of an
     * interrupted export (.out.tmp-42)", then what was left alone and why; empty when there were none.
     */
    public static String leftoversLine(Leftovers l) {
        StringBuilder sb = new StringBuilder();
        if (!l.removed().isEmpty()) {
            sb.append("removed ").append(l.removed().size()).append(l.removed().size() == 1
                    ? " leftover of an interrupted export (" : " leftovers of interrupted exports (");
            sb.append(String.join(", ", l.removed().stream().map(p -> p.getFileName().toString()).toList())).append(')');
        }
        new TreeMap<>(l.kept()).forEach((p, why) -> sb.append(sb.isEmpty() ? "" : "; ").append("left alone ")
                .append(p.getFileName()).append(" (").append(why).append(')'));
        return sb.toString();
    }
}
