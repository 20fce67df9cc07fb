package dev.concord.ingest;

import dev.concord.model.LogEvent;
import dev.concord.model.ProgressListener;
import dev.concord.model.SourceRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import static dev.concord.ingest.Logs.log;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@EnabledOnOs({OS.LINUX, OS.MAC})
@Timeout(60)
class LogFileReaderTest {
    @TempDir
    Path dir;

    private final List<String> ids = new ArrayList<>();
    private final List<String> rejected = new ArrayList<>();
    private final LogFileReader.Handler handler = new LogFileReader.Handler() {
        @Override
        public void event(LogEvent event) {
            ids.add(((LogEvent.GenerationEvent) event).generation().id());
        }

        @Override
        public void rejected(SourceRef where, String reason) {
            rejected.add(where + ": " + reason);
        }
    };

    private static List<String> generations(int n) {
        Logs logs = log();
        for (int i = 0; i < n; i++) {
            logs.generation("g" + i, "s" + i, "question " + i, "answer " + i);
        }
        return logs.lines();
    }

    @Test
    void readsEveryLineOfAFifoOnce() throws Exception {
        Path fifo = Fifos.make(dir.resolve("live.jsonl"));
        CompletableFuture<Void> writer = Fifos.write(fifo, generations(2_000));
        LogFileReader.FileResult result = new LogFileReader().read(fifo, handler, ProgressListener.NONE);
        writer.get();
        assertThat(result.lines()).isEqualTo(2_000);
        assertThat(ids).hasSize(2_000).startsWith("g0", "g1").endsWith("g1999");
        assertThat(rejected).isEmpty();
    }

    @Test
    void aFifoWithoutWriterWaitsAndSaysSoNamingTheFifo() throws Exception {
        Path fifo = Fifos.make(dir.resolve("quiet.jsonl"));
        List<String> notices = new ArrayList<>();
        CompletableFuture<Void>[] writer = new CompletableFuture[1];
        ProgressListener listener = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public synchronized void notice(String message) {
                notices.add(message);
                writer[0] = Fifos.write(fifo, generations(3));
            }
        };
        new LogFileReader(LogFileReader.DEFAULT_MAX_LINE_BYTES, Duration.ofMillis(10)).read(fifo, handler, listener);
        synchronized (listener) {
            writer[0].get();
            assertThat(notices).containsExactly(fifo + ": waiting for a program to write to this FIFO (named pipe); "
                    + "Ctrl+C to cancel");
        }
        assertThat(ids).containsExactly("g0", "g1", "g2");
    }

    @Test
    void cancellingWhileAFifoWaitsForAWriterEndsTheWait() {
        Path fifo = dir.resolve("never.jsonl");
        AtomicBoolean cancelled = new AtomicBoolean();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public void notice(String message) {
                cancelled.set(true);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        assertThatThrownBy(() -> {
            Fifos.make(fifo);
            new LogFileReader(LogFileReader.DEFAULT_MAX_LINE_BYTES, Duration.ofMillis(10)).read(fifo, handler, listener);
        }).isInstanceOf(dev.concord.model.CancelledException.class);
        assertThat(ids).isEmpty();
    }
}
