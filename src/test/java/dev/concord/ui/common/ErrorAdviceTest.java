package dev.concord.ui.common;

import dev.concord.store.Database;
import dev.concord.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ErrorAdviceTest {
    @TempDir
    Path dir;

    @Test
    void aCorruptDatabaseFileSaysSoAndToOpenAnotherOrRestoreIt() throws Exception {
        Path bad = Files.write(dir.resolve("broken.db"), "this is not SQLite at all, just text".repeat(200).getBytes());
        Throwable failure = catchThrowable(() -> Database.openSqlite(bad));
        ErrorAdvice advice = ErrorAdvice.of(failure, "opening broken.db");
        assertThat(advice.title()).isEqualTo("Not a Concord database");
        assertThat(advice.happened()).contains("opening broken.db").doesNotContain("Exception", "\tat ");
        assertThat(advice.next()).contains("File → Open database", "backup");
    }

    @Test
    void aLostServerConnectionSaysWhatWasKeptAndToCheckTheServer() {
        Throwable failure = new StoreException("cannot read the queue",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        ErrorAdvice advice = ErrorAdvice.of(failure, "importing 1 file(s)");
        assertThat(advice.title()).isEqualTo("Connection to the database lost");
        assertThat(advice.next()).contains("database server");
    }

    @Test
    void anyOtherFailureShowsItsFirstLineOnly() {
        ErrorAdvice advice = ErrorAdvice.of(new IllegalStateException("disk full\n\tat dev.concord.X.y(X.java:1)"),
                "exporting");
        assertThat(advice.happened()).isEqualTo("Concord could not finish exporting: disk full.");
    }

    @Test
    void unreadableLogsAreNamedWithWhetherAnythingWasImported() {
        ErrorAdvice advice = ErrorAdvice.unreadableLogs(List.of("/x/a.jsonl: cannot read: NoSuchFileException"), false);
        assertThat(advice.title()).isEqualTo("A log could not be read");
        assertThat(advice.happened()).contains("/x/a.jsonl", "Nothing was imported.");
        assertThat(advice.next()).contains("File → Import");
    }
}
