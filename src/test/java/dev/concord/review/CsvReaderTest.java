package dev.concord.review;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReaderTest {
    private static List<List<String>> read(String text, List<Long> lines) throws Exception {
        CsvReader r = new CsvReader(new StringReader(text));
        List<List<String>> out = new ArrayList<>();
        for (List<String> rec = r.next(); rec != null; rec = r.next()) {
            out.add(rec);
            lines.add(r.recordLine());
        }
        return out;
    }

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaksAndTracksLines() throws Exception {
        List<Long> lines = new ArrayList<>();
        List<List<String>> recs = read("\uFEFFa,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\n\nlast,,\n", lines);
        assertThat(recs).containsExactly(List.of("a", "b", "c"), List.of("x, y", "say \"hi\"", "two\nlines"),
                List.of("last", "", ""));
        assertThat(lines).containsExactly(1L, 2L, 5L);
    }

    @Test
    void lastRecordWithoutLineBreakIsRead() throws Exception {
        assertThat(read("a,b\nc,d", new ArrayList<>())).containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void unclosedQuoteNamesTheLineWhereItOpened() {
        assertThatThrownBy(() -> read("a\nb,\"open\nstill open", new ArrayList<>()))
                .isInstanceOf(CsvReader.UnclosedQuoteException.class).hasMessageContaining("line 2");
    }

    @Test
    void writerQuotesOnlyWhenNeededAndReadsBack() throws Exception {
        StringWriter out = new StringWriter();
        CsvWriter w = new CsvWriter(out);
        List<String> row = Arrays.asList("plain", "a,b", "q\"uote", "multi\nline", " padded ", null, "");
        w.write(row);
        assertThat(out.toString()).isEqualTo("plain,\"a,b\",\"q\"\"uote\",\"multi\nline\",\" padded \",,\n");
        List<List<String>> back = read(out.toString(), new ArrayList<>());
        assertThat(back).containsExactly(Arrays.asList("plain", "a,b", "q\"uote", "multi\nline", " padded ", "", ""));
    }
}
