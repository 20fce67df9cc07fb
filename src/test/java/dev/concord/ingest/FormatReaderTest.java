package dev.concord.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class FormatReaderTest {
    @TempDir
    Path dir;

    @Test
    void autoKeepsReadingConcordsOwnFormat() throws Exception {
        Path f = Logs.log().generation("g1", "s1", "q", "a").down("g1").writeTo(dir.resolve("own.jsonl"));
        ReadFormats r = ReadFormats.read(f, LogFormat.AUTO);
        assertThat(r.result.format()).isEqualTo(LogFormat.CONCORD);
        assertThat(r.result.detected()).isTrue();
        assertThat(r.generations).hasSize(1);
        assertThat(r.signals).hasSize(1);
    }

    @Test
    void aFileOfNoKnownFormatIsAFileErrorThatSuggestsFormat() throws Exception {
        Path f = Files.writeString(dir.resolve("odd.jsonl"), "{\"foo\":1}\n{\"bar\":2}\n");
        assertThatThrownBy(() -> ReadFormats.read(f, LogFormat.AUTO)).isInstanceOf(LogFileException.class)
                .hasMessageContaining("format not recognised").hasMessageContaining("--format");
    }

    @Test
    void aBinaryFileIsAFileError() throws Exception {
        Path f = Files.write(dir.resolve("bin.json"), new byte[] {'[', 0, 1, 2});
        assertThatThrownBy(() -> ReadFormats.read(f, LogFormat.LANGFUSE)).isInstanceOf(LogFileException.class)
                .hasMessageContaining("binary");
    }

    @Test
    void anApiPageIsReadElementByElementFromItsDataList() throws Exception {
        Path f = Files.writeString(dir.resolve("page.json"), """
                {"data": [
                  {"id":"sc1","traceId":"t1","observationId":"g1","name":"thumbs","source":"API","dataType":"BOOLEAN","value":1,"timestamp":"2025-01-01T00:00:00Z"}
                ], "meta": {"page": 1, "totalItems": 1}}
                """);
        ReadFormats r = ReadFormats.read(f, LogFormat.AUTO);
        assertThat(r.result.format()).isEqualTo(LogFormat.LANGFUSE);
        assertThat(r.signals).singleElement().satisfies(s -> assertThat(s.generation()).isEqualTo("g1"));
    }

    @Test
    void aBadJsonlLineIsRejectedAloneAndTheLinesAfterItAreRead() throws Exception {
        Path f = Files.writeString(dir.resolve("runs.jsonl"), """
                {"id":"r1","run_type":"llm","start_time":"2024-01-01T00:00:00","inputs":{"messages":[{"role":"user","content":"q"}]},"outputs":"a"}
                {"id":"r2","run_type":"llm", broken
                {"id":"r3","run_type":"llm","start_time":"2024-01-01T00:00:00","inputs":{"messages":[{"role":"user","content":"q"}]},"outputs":"a"}
                """);
        ReadFormats r = ReadFormats.read(f, LogFormat.AUTO);
        assertThat(r.generations).extracting(g -> g.id()).containsExactly("r1", "r3");
        assertThat(r.rejections).singleElement().asString().startsWith(f + ":2: malformed JSON");
    }

    @Test
    void standardInputIsDetectedToo() throws Exception {
        String run = "{\"id\":\"r1\",\"run_type\":\"llm\",\"start_time\":\"2024-01-01T00:00:00Z\",\"inputs\":\"q\",\"outputs\":\"a\"}\n";
        ReadFormats r = ReadFormats.read("stdin", new ByteArrayInputStream(run.getBytes(StandardCharsets.UTF_8)), LogFormat.AUTO);
        assertThat(r.result.format()).isEqualTo(LogFormat.LANGSMITH);
        assertThat(r.generations).hasSize(1);
    }

    @Test
    void aLivePipeIsDetectedFromItsFirstLineWithoutWaitingForMore() throws Exception {
        String run = "{\"id\":\"r%d\",\"run_type\":\"llm\",\"start_time\":\"2024-01-01T00:00:00Z\",\"inputs\":\"q\","
                + "\"outputs\":\"a\"}\n";
        ReadFormats r = readLivePipe(run, LogFormat.AUTO);
        assertThat(r.result.format()).isEqualTo(LogFormat.LANGSMITH);
        assertThat(r.generations).extracting(g -> g.id()).containsExactly("r1", "r2");
    }

    @Test
    void aLivePipeOfConcordsOwnFormatIsReadAsItsLinesArrive() throws Exception {
        String generation = "{\"type\":\"generation\",\"id\":\"g%d\",\"session\":\"s1\",\"ts\":\"2025-01-01T00:00:00Z\","
                + "\"prompt\":[{\"role\":\"user\",\"content\":\"q\"}],\"output\":\"a\"}\n";
        for (LogFormat format : new LogFormat[] {LogFormat.AUTO, LogFormat.CONCORD}) {
            ReadFormats r = readLivePipe(generation, format);
            assertThat(r.rejections).as(format.name()).isEmpty();
            assertThat(r.generations).as(format.name()).extracting(g -> g.id()).containsExactly("g1", "g2");
        }
    }

    /**
     * Writes line 1 of {@code template} into a pipe and line 2 only once line 1 has come out as an event: a reader
     * that waits for a full head (or a full buffer) before its first event never sees line 2, and the test fails.
     */
    private static ReadFormats readLivePipe(String template, LogFormat format) throws Exception {
        PipedOutputStream producer = new PipedOutputStream();
        PipedInputStream pipe = new PipedInputStream(producer, 1 << 16);
        CountDownLatch firstEventSeen = new CountDownLatch(1);
        Thread writer = new Thread(() -> {
            try (producer) {
                producer.write(String.format(template, 1).getBytes(StandardCharsets.UTF_8));
                producer.flush();
                if (firstEventSeen.await(30, TimeUnit.SECONDS)) {
                    producer.write(String.format(template, 2).getBytes(StandardCharsets.UTF_8));
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        ReadFormats r = new ReadFormats() {
            @Override
            public void event(dev.concord.model.LogEvent event) {
                super.event(event);
                firstEventSeen.countDown();
            }
        };
        r.result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> new FormatReader(format,
                dev.concord.ingest.formats.FeedbackOptions.defaults(), null, LogFileReader.DEFAULT_MAX_LINE_BYTES)
                .read("stdin", pipe, 0, r, dev.concord.model.ProgressListener.NONE));
        writer.join();
        assertThat(firstEventSeen.getCount()).as("line 1 came out while the pipe was open").isZero();
        return r;
    }

    @Test
    void aFirstLineOfNoKnownFormatDoesNotDecideEarlyTheLinesAfterItDo() throws Exception {
        String runs = "{\"foo\":1}\n{\"id\":\"r1\",\"run_type\":\"llm\",\"start_time\":\"2024-01-01T00:00:00Z\","
                + "\"inputs\":\"q\",\"outputs\":\"a\"}\n";
        ReadFormats r = ReadFormats.read("stdin", new TrickleStream(runs.getBytes(StandardCharsets.UTF_8)), LogFormat.AUTO);
        assertThat(r.result.format()).isEqualTo(LogFormat.LANGSMITH);
        assertThat(r.generations).extracting(g -> g.id()).containsExactly("r1");
    }

    /** Hands out its bytes a few at a time, as a slow pipe does. */
    private static final class TrickleStream extends InputStream {
        private final byte[] bytes;
        private int pos;

        TrickleStream(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return pos < bytes.length ? bytes[pos++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, 7), bytes.length - pos);
            System.arraycopy(bytes, pos, b, off, n);
            pos += n;
            return n;
        }
    }

    @Test
    void aLargeTopLevelArrayIsStreamedElementByElementNeverLoadedWhole() throws Exception {
        int elements = 100_000;
        GeneratedArray source = new GeneratedArray(elements);
        long[] readAtFirstEvent = {-1};
        ReadFormats r = new ReadFormats() {
            @Override
            public void event(dev.concord.model.LogEvent event) {
                if (readAtFirstEvent[0] < 0) {
                    readAtFirstEvent[0] = source.bytesRead;
                }
            }
        };
        r.result = new FormatReader(LogFormat.AUTO, dev.concord.ingest.formats.FeedbackOptions.defaults(), null,
                LogFileReader.DEFAULT_MAX_LINE_BYTES).read("big.json", source, 0, r, dev.concord.model.ProgressListener.NONE);
        assertThat(r.result.format()).isEqualTo(LogFormat.LANGFUSE);
        assertThat(r.result.file().events()).isEqualTo(elements);
        assertThat(r.rejections).isEmpty();
        assertThat(source.bytesRead).as("read to the end").isEqualTo(source.length).isGreaterThan(20_000_000L);
        assertThat(readAtFirstEvent[0]).as("the first element is converted after reading the head, not the file")
                .isLessThan(3L << 20);
    }

    /** A JSON array of Langfuse observations made up while it is read: nothing holds it whole. */
    private static final class GeneratedArray extends InputStream {
        private final int elements;
        private final long length;
        private int next = -1;
        private byte[] chunk = "[\n".getBytes(StandardCharsets.US_ASCII);
        private int pos;
        long bytesRead;

        GeneratedArray(int elements) {
            this.elements = elements;
            long total = 2 + 2;
            for (int i = 0; i < elements; i++) {
                total += element(i).length;
            }
            this.length = total;
        }

        private static byte[] element(int i) {
            String padding = "x".repeat(200);
            return ((i == 0 ? "" : ",\n") + "{\"id\":\"g" + i + "\",\"traceId\":\"t" + i + "\",\"type\":\"GENERATION\","
                    + "\"startTime\":\"2025-01-01T00:00:00Z\",\"input\":\"question " + i + " " + padding
                    + "\",\"output\":\"answer " + i + "\"}").getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            while (pos == chunk.length) {
                if (next == elements) {
                    return -1;
                }
                next++;
                chunk = next < elements ? element(next) : "\n]".getBytes(StandardCharsets.US_ASCII);
                pos = 0;
            }
            int n = Math.min(len, chunk.length - pos);
            System.arraycopy(chunk, pos, b, off, n);
            pos += n;
            bytesRead += n;
            return n;
        }
    }
}
