package dev.concord.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A transaction that finds another writer holding SQLite's write lock waits, says so, and lands afterwards. */
@org.junit.jupiter.api.Tag("sqlite-only")
class WriteWaitTest {
    @TempDir
    Path dir;

    private static int settings(Database db) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM settings WHERE name = 'probe'")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private static void writeProbe(Database db) {
        db.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate("INSERT INTO settings (name, value) VALUES ('probe', 'x')");
            }
        });
    }

    @Test
    void aTransactionWaitsForAnotherWriterTellsItsListenerAndLandsAfterIt() throws Exception {
        Path file = dir.resolve("w.db");
        Database holder = Database.openSqlite(file);
        Database waiter = Database.openSqlite(file);
        List<String> heard = new CopyOnWriteArrayList<>();
        CountDownLatch waiting = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        waiter.waitForWriters(new WriteWait(Duration.ofMinutes(1), new WriteWait.Listener() {
            @Override
            public void waiting(String message, Duration waited) {
                heard.add(message);
                waiting.countDown();
            }

            @Override
            public void done() {
                done.countDown();
            }
        }));
        CompletableFuture<Void> write;
        try (Connection lock = holder.connect()) {
            try (Statement s = lock.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
                write = CompletableFuture.runAsync(() -> writeProbe(waiter));
                assertThat(waiting.await(30, TimeUnit.SECONDS)).as("the writer said it waits").isTrue();
                assertThat(write).isNotDone();
                s.execute("COMMIT");
            }
        }
        write.get(30, TimeUnit.SECONDS);
        assertThat(done.await(0, TimeUnit.SECONDS)).isTrue();
        assertThat(heard.get(0)).isEqualTo("waiting for the database (another process is writing: "
                + file.toAbsolutePath() + ")");
        assertThat(settings(waiter)).isEqualTo(1);
    }

    @Test
    void aWriterGivesUpAfterTheLimitAndChangesNothing() throws Exception {
        Path file = dir.resolve("w.db");
        Database holder = Database.openSqlite(file);
        Database waiter = Database.openSqlite(file);
        waiter.waitForWriters(new WriteWait(Duration.ZERO, (message, waited) -> { }));
        try (Connection lock = holder.connect(); Statement s = lock.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            assertThatThrownBy(() -> writeProbe(waiter)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("gave up waiting for the database").hasMessageContaining("CONCORD_DB_WAIT");
            s.execute("ROLLBACK");
        }
        assertThat(settings(waiter)).isZero();
    }
}
