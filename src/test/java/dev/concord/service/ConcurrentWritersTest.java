package dev.concord.service;

import dev.concord.generate.GenerationSummary;
import dev.concord.generate.GeneratorOptions;
import dev.concord.generate.LogGenerator;
import dev.concord.model.ProgressListener;
import dev.concord.store.Database;
import dev.concord.store.WriteWait;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two processes at once (issue 10): review imports started while a long ingest holds SQLite's write lock wait
 * for it and land after it, each exactly once. Every party has its own {@link Database} on the same file, as
 * separate processes would.
 */
@org.junit.jupiter.api.Tag("sqlite-only")
class ConcurrentWritersTest {
    @TempDir
    Path dir;

    @Test
    void reviewImportsStartedDuringABigIngestWaitAndAllLandExactlyOnce() throws Exception {
        ReviewFixture f = new ReviewFixture(dir, 3);
        Path file = dir.resolve("review.db");
        Path big = dir.resolve("big.jsonl");
        GenerationSummary generated;
        try (OutputStream out = Files.newOutputStream(big)) {
            generated = new LogGenerator(GeneratorOptions.defaults(41_000, 7).withIdPrefix("big")).write(out);
        }
        assertThat(generated.lines()).isGreaterThanOrEqualTo(200_000);
        Path annCsv = Files.writeString(dir.resolve("ann.csv"), "item,reviewer,label\nfi-g1,Ann,good\nfi-g2,Ann,wrong\nfi-c1,Ann,good\n");
        Path bobCsv = Files.writeString(dir.resolve("bob.csv"), "item,reviewer,label,best\nfi-g1,Bob,wrong,\nfi-c1,Bob,good,2\n");

        CountDownLatch bothWaiting = new CountDownLatch(2);
        AtomicBoolean started = new AtomicBoolean();
        CompletableFuture<ReviewImportReport>[] imports = new CompletableFuture[2];
        ProgressListener holdUntilBothWait = (done, total, message) -> {
            if (started.compareAndSet(false, true)) {
                imports[0] = CompletableFuture.supplyAsync(() -> importWaiting(file, annCsv, bothWaiting));
                imports[1] = CompletableFuture.supplyAsync(() -> importWaiting(file, bobCsv, bothWaiting));
                try {
                    assertThat(bothWaiting.await(60, TimeUnit.SECONDS)).as("both imports said they wait").isTrue();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                assertThat(imports[0]).as("an import cannot land while the ingest holds the lock").isNotDone();
                assertThat(imports[1]).isNotDone();
            }
        };
        IngestReport ingest = new ImportService(Database.openSqlite(file)).ingest(List.of(big), holdUntilBothWait);

        ReviewImportReport ann = imports[0].get(60, TimeUnit.SECONDS);
        ReviewImportReport bob = imports[1].get(60, TimeUnit.SECONDS);
        assertThat(ingest.eventsStored()).isEqualTo(generated.lines());
        assertThat(ann.badRows()).isEmpty();
        assertThat(bob.badRows()).isEmpty();
        assertThat(ann.added()).isEqualTo(3);
        assertThat(bob.added()).isEqualTo(2);
        java.io.StringWriter landed = new java.io.StringWriter();
        new ReviewCsvService(f.db).export(new dev.concord.review.Viewer("lead", true), landed);
        assertThat(landed.toString().lines().skip(1).sorted()).containsExactly("fi-c1,Ann,good,,,", "fi-c1,Bob,good,,2,",
                "fi-g1,Ann,good,,,", "fi-g1,Bob,wrong,,,", "fi-g2,Ann,wrong,,,");
        for (String reviewer : List.of("Ann", "Bob")) {
            String id = f.reviewers.reviewers().stream().filter(r -> r.name().equals(reviewer)).findFirst().orElseThrow().id();
            assertThat(f.reviews.myRevisions(id, ReviewFixture.single(1))).as("one revision").hasSize(1);
        }
    }

    private static ReviewImportReport importWaiting(Path file, Path csv, CountDownLatch waiting) {
        Database db = Database.openSqlite(file);
        AtomicBoolean told = new AtomicBoolean();
        db.waitForWriters(new WriteWait(Duration.ofMinutes(2), (message, waited) -> {
            if (told.compareAndSet(false, true)) {
                waiting.countDown();
            }
        }));
        try {
            return new ReviewCsvService(db).importFile(csv);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
