package dev.concord.store;

import dev.concord.testing.TestDatabases;
import dev.concord.ingest.Logs;
import dev.concord.model.FlagReason;
import dev.concord.model.FlaggedItem;
import dev.concord.model.ProgressListener;
import dev.concord.model.QueueEntry;
import dev.concord.service.ImportService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.concord.ingest.Logs.log;
import static org.assertj.core.api.Assertions.assertThat;

class QueueRepositoryTest {
    @TempDir
    Path dir;
    private QueueRepository queue;
    private Database db;

    @BeforeEach
    void fill() throws Exception {
        db = TestDatabases.open(dir.resolve("q.db"));
        Logs logs = log();
        for (int i = 0; i < 450; i++) {
            logs.generation(String.format("g%03d", i), "s" + i, "question " + i + "\nsecond line", "answer " + i).down(String.format("g%03d", i));
        }
        logs.generation("c1", "sc", "chain", "a1").retry("c2", "sc", "c1", "a2").retry("c3", "sc", "c2", "a3")
                .retry("c4", "sc", "c3", "a4");
        new ImportService(db).ingest(List.of(logs.writeTo(dir.resolve("l.jsonl"))), ProgressListener.NONE);
        queue = new JdbcQueueRepository(db);
    }

    @Test
    void countsAllAndByReason() {
        assertThat(queue.count(null)).isEqualTo(451);
        assertThat(queue.count(FlagReason.DOWNVOTE_NO_CORRECTION)).isEqualTo(450);
        assertThat(queue.count(FlagReason.MANY_REGENERATIONS)).isEqualTo(1);
        assertThat(queue.count(FlagReason.ABANDONED_AFTER_FAILURE)).isZero();
    }

    @Test
    void pagesCoverTheQueueOnceInAgeOrder() {
        List<QueueEntry> all = new ArrayList<>();
        for (long offset = 0; offset < 451; offset += 100) {
            all.addAll(queue.page(null, offset, 100));
        }
        assertThat(all).hasSize(451);
        assertThat(all).extracting(QueueEntry::id).doesNotHaveDuplicates();
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).createdAt()).isAfterOrEqualTo(all.get(i - 1).createdAt());
        }
        assertThat(all.get(0).headline()).isEqualTo("question 0");
    }

    @Test
    void filteredPageHoldsOnlyThatReason() {
        assertThat(queue.page(FlagReason.MANY_REGENERATIONS, 0, 50)).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("fi-c1");
            assertThat(e.attemptCount()).isEqualTo(4);
        });
    }

    @Test
    void findsAnItemWithItsAttemptsInOrder() {
        FlaggedItem item = queue.find("fi-c1").orElseThrow();
        assertThat(item.attempts()).extracting(a -> a.output()).containsExactly("a1", "a2", "a3", "a4");
        assertThat(item.reasons()).containsExactly(FlagReason.MANY_REGENERATIONS);
        assertThat(queue.find("fi-none")).isEmpty();
    }

    @Test
    void reingestKeepsItemIdsStable() throws Exception {
        Path more = log().generation("n1", "sn", "new", "x").down("n1").writeTo(dir.resolve("more.jsonl"));
        new ImportService(db).ingest(List.of(more), ProgressListener.NONE);
        assertThat(queue.find("fi-c1")).isPresent();
        assertThat(queue.count(null)).isEqualTo(452);
    }
}
