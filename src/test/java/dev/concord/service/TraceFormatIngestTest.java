package dev.concord.service;

import dev.concord.ingest.LogFormat;
import dev.concord.ingest.ReadFormats;
import dev.concord.ingest.formats.FeedbackOptions;
import dev.concord.model.CandidateKind;
import dev.concord.model.ProgressListener;
import dev.concord.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The trace formats through the whole ingest: redaction, idempotence, the report of what was detected. */
class TraceFormatIngestTest {
    @TempDir
    Path dir;

    @Test
    void eachFileIsDetectedAndReportedAndItsEventsStored() {
        ImportService service = new ImportService(Database.openSqlite(dir.resolve("t.db")));
        IngestReport r = service.ingest(List.of(ReadFormats.fixture("otel/collector-file-exporter.jsonl"),
                ReadFormats.fixture("langfuse/traces.json"), ReadFormats.fixture("langsmith/runs-and-feedback.jsonl")),
                ProgressListener.NONE);
        assertThat(r.rejectedLines()).isZero();
        assertThat(r.formats()).satisfiesExactly(
                f -> assertThat(f).endsWith("collector-file-exporter.jsonl: otel (detected); 1 items without a conversation "
                        + "passed over; 1 evaluator scores kept with their generations (not feedback)"),
                f -> assertThat(f).contains("traces.json: langfuse (detected)"),
                f -> assertThat(f).contains("runs-and-feedback.jsonl: langsmith (detected)"));
        assertThat(r.eventsStored()).isEqualTo(2 + 1 + 2 + 2 + 2 + 2);
        assertThat(IngestReportFormatter.format(r)).contains("langfuse (detected)");
    }

    @Test
    void personalDataIsRedactedAndASecondIngestStoresNothingNew() {
        ImportService service = new ImportService(Database.openSqlite(dir.resolve("t.db")));
        Path traces = ReadFormats.fixture("langfuse/traces.json");
        IngestReport first = service.ingest(List.of(traces), ProgressListener.NONE);
        assertThat(first.redactionTotal()).as("the email in the prompt").isPositive();
        IngestReport again = service.ingest(List.of(ReadFormats.fixture("langfuse/traces.jsonl")), ProgressListener.NONE);
        assertThat(again.eventsStored()).isZero();
        assertThat(again.duplicates()).isEqualTo(first.eventsStored());
    }

    @Test
    void aDownVoteWithACorrectionIsACorrectionNotAFlaggedItem() {
        ImportService service = new ImportService(Database.openSqlite(dir.resolve("t.db")))
                .withFormats(new ImportService.Formats(LogFormat.LANGSMITH, FeedbackOptions.defaults(), null));
        IngestReport r = service.ingest(List.of(ReadFormats.fixture("langsmith/runs-and-feedback.jsonl")),
                ProgressListener.NONE);
        assertThat(r.formats()).singleElement().asString().contains("langsmith (as given)");
        assertThat(r.candidatesByKind().getOrDefault(CandidateKind.REGRESSION_EVAL, 0L)).isEqualTo(1);
        assertThat(r.flaggedItems()).isZero();
    }
}
