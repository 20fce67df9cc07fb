package dev.concord.service;

import dev.concord.curate.ExportPolicy;
import dev.concord.export.ExportWriter;
import dev.concord.export.Leftovers;
import dev.concord.export.Tally;

import java.nio.file.Path;
import java.util.Map;

/**
 * What an export (or a preview) did.
 *
 * @param folder     the export folder, or null for a preview
 * @param files      relative path to rows and SHA-256 (empty for a preview)
 * @param unreviewed flagged items nobody has reviewed yet
 * @param agreement  the agreement figures of the database (as the Agreement tab shows them), or null when
 *                   nobody has reviewed anything or a preview was not asked for them
 * @param leftovers  folders of interrupted exports to the same target that this export removed or left alone
 */
public record ExportReport(ExportPolicy policy, Tally tally, long unreviewed, Path folder,
                           Map<String, ExportWriter.FileSummary> files, AgreementAnalysis agreement,
                           Leftovers leftovers, long millis) {
    public ExportReport {
        files = Map.copyOf(files);
    }

    public boolean isPreview() {
        return folder == null;
    }

    /** Rows the last PII scan blocked. */
    public long piiBlocked() {
        return tally.excluded(dev.concord.curate.ExclusionReason.PII);
    }
}
