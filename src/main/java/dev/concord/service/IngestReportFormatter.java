package dev.concord.service;

import dev.concord.model.CandidateKind;
import dev.concord.model.FlagReason;
import dev.concord.redact.PiiType;

import java.util.Map;

/** Formats an ingest report as plain text for people (the CLI prints it, the app shows it). */
public final class IngestReportFormatter {
    private IngestReportFormatter() {
    }

    public static String format(IngestReport r) {
        StringBuilder b = new StringBuilder();
        line(b, "files:              %d", r.files().size());
        r.formats().forEach(s -> b.append("  ").append(s).append('\n'));
        line(b, "lines read:         %d", r.linesRead());
        line(b, "events stored:      %d", r.eventsStored());
        line(b, "duplicates skipped: %d", r.duplicates());
        if (!r.consent().equals(Consent.NONE)) {
            line(b, "no consent:         %d events not stored (%d sessions withdrawn, %d events stored before erased)",
                    r.consent().withheld(), r.consent().sessionsWithdrawn(), r.consent().erased());
            line(b, "forgotten:          %d events not stored (forgotten earlier)", r.consent().forgotten());
        }
        line(b, "lines rejected:     %d", r.rejectedLines());
        r.rejections().forEach(s -> b.append("  ").append(s).append('\n'));
        if (r.rejectedLines() > r.rejections().size()) {
            line(b, "  ... and %d more", r.rejectedLines() - r.rejections().size());
        }
        if (!r.fileErrors().isEmpty()) {
            line(b, "files not read:     %d", r.fileErrors().size());
            r.fileErrors().forEach(s -> b.append("  ").append(s).append('\n'));
        }
        if (!r.warnings().isEmpty()) {
            line(b, "warnings:           %d", r.warnings().size());
            r.warnings().forEach(s -> b.append("  ").append(s).append('\n'));
        }
        line(b, "redactions:         %d", r.redactionTotal());
        for (Map.Entry<PiiType, Long> e : r.redactions().entrySet()) {
            if (e.getKey() != PiiType.CUSTOM || e.getValue() > 0) {
                line(b, "  %-24s %d", e.getKey().placeholder(), e.getValue());
            }
        }
        line(b, "sessions:           %d (%d re-derived)", r.sessions(), r.sessionsRebuilt());
        line(b, "flagged items:      %d", r.flaggedItems());
        for (FlagReason reason : FlagReason.values()) {
            line(b, "  %-24s %d", reason.code(), r.flaggedByReason().getOrDefault(reason, 0L));
        }
        b.append("automatic candidates:\n");
        for (CandidateKind kind : CandidateKind.values()) {
            line(b, "  %-24s %d", kind.code(), r.candidatesByKind().getOrDefault(kind, 0L));
        }
        line(b, "took:               %.1f s", r.millis() / 1000.0);
        return b.toString();
    }

    private static void line(StringBuilder b, String format, Object... args) {
        b.append(String.format(java.util.Locale.ROOT, format, args)).append('\n');
    }
}
