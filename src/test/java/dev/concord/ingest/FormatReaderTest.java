package dev.concord.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
