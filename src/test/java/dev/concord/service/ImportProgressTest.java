package dev.concord.service;

import dev.concord.testing.TestDatabases;
import dev.concord.ingest.Logs;
import dev.concord.model.ProgressListener;
import dev.concord.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static dev.concord.ingest.Logs.log;
import static org.assertj.core.api.Assertions.assertThat;

/** One progress bar over a whole ingest: reading every file by bytes, then the queue rebuild, then saving. */
class ImportProgressTest {
    @TempDir
    Path dir;

    record Step(long done, long total, String message) {
    }

    static final class Recorder implements ProgressListener {
        final List<Step> steps = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void progress(long done, long total, String message) {
            steps.add(new Step(done, total, message));
        }

        List<String> messagesInOrder() {
            List<String> distinct = new ArrayList<>();
            for (Step s : steps) {
                if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(s.message())) {
                    distinct.add(s.message());
                }
            }
            return distinct;
        }

        long last(String message) {
            return steps.stream().filter(s -> s.message().equals(message)).mapToLong(Step::done).max().orElse(-1);
        }
    }

    @Test
    void readingThenDerivingRiseOnOneBarAndSavingComesLast() throws Exception {
        Logs big = log();
        for (int i = 0; i < 900; i++) {
            big.generation("a" + i, "sa" + (i / 3), "question " + i, "answer " + i);
        }
        Path a = big.writeTo(dir.resolve("a.jsonl"));
        Path b = log().generation("b1", "sb", "q", "no").down("b1").writeTo(dir.resolve("b.jsonl"));
        Path missing = dir.resolve("gone.jsonl");
        Recorder progress = new Recorder();

        IngestReport report = new ImportService(TestDatabases.open(dir.resolve("p.db")))
                .ingest(List.of(a, missing, b), progress);

        assertThat(report.rejectedLines()).isZero();
        assertThat(report.sessionsRebuilt()).isEqualTo(301);
        assertThat(progress.messagesInOrder()).containsExactly("reading a.jsonl", "reading b.jsonl",
                "building the flagged queue", ImportService.SAVING);
        List<Step> determinate = progress.steps.stream().filter(s -> s.total() > 0).toList();
        assertThat(determinate).isNotEmpty().allSatisfy(s -> assertThat(s.total()).isEqualTo(1_000));
        for (int i = 1; i < determinate.size(); i++) {
            assertThat(determinate.get(i).done()).as("never goes back").isGreaterThanOrEqualTo(determinate.get(i - 1).done());
        }
        assertThat(progress.last("reading a.jsonl")).as("a is nearly all the bytes").isBetween(480L, 500L);
        assertThat(progress.last("reading b.jsonl")).as("reading is the first half").isEqualTo(500);
        assertThat(progress.last("building the flagged queue")).isEqualTo(1_000);
        Step lastStep = progress.steps.get(progress.steps.size() - 1);
        assertThat(lastStep.message()).isEqualTo(ImportService.SAVING);
        assertThat(lastStep.total()).as("the commit has no measurable progress").isEqualTo(-1);
    }
}
