package dev.concord.csv;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CsvReaderTest {
    private static List<List<String>> read(CsvReader r, List<Long> lines) throws Exception {
        List<List<String>> out = new ArrayList<>();
        for (List<String> rec = r.next(); rec != null; rec = r.next()) {
            out.add(rec);
            lines.add(r.recordLine());
        }
        return out;
    }

    private static List<List<String>> lenient(String text) throws Exception {
        return read(CsvReader.lenient(new StringReader(text), "in.csv"), new ArrayList<>());
    }

    private static List<List<String>> strict(String text) throws Exception {
        return read(CsvReader.strict(new StringReader(text), "in.csv"), new ArrayList<>());
    }

    private static CsvFormatException strictFailure(String text, String... names) {
        return catchThrowableOfType(CsvFormatException.class, () -> {
            CsvReader r = CsvReader.strict(new StringReader(text), "in.csv");
            r.names(List.of(names));
            read(r, new ArrayList<>());
        });
    }

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaksAndTracksLines() throws Exception {
        List<Long> lines = new ArrayList<>();
        String text = "\uFEFFa,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\n\nlast,,\n";
        List<List<String>> recs = read(CsvReader.lenient(new StringReader(text), "in.csv"), lines);
        assertThat(recs).containsExactly(List.of("a", "b", "c"), List.of("x, y", "say \"hi\"", "two\nlines"),
                List.of("last", "", ""));
        assertThat(lines).containsExactly(1L, 2L, 5L);
        assertThat(strict(text)).isEqualTo(recs);
    }

    @Test
    void lastRecordWithoutLineBreakIsRead() throws Exception {
        assertThat(lenient("a,b\nc,d")).containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void lenientReadsBrokenQuotingAsTextAndKeepsSpaces() throws Exception {
        assertThat(lenient("5\" screen,\"ab\"cd , \"x\"\n")).containsExactly(List.of("5\" screen", "abcd ", " \"x\""));
    }

    @Test
    void strictTrimsUnquotedFieldsAndSkipsBlankLines() throws Exception {
        assertThat(strict(" a ,\"b \" \n   \nc,d")).containsExactly(List.of("a", "b "), List.of("c", "d"));
    }

    @Test
    void strictErrorsNameFileLineAndFieldWithoutQuotingTheContent() {
        CsvFormatException stray = strictFailure("item,reviewer\ni1,an\"n@example.com\n", "item", "reviewer");
        assertThat(stray).hasMessage("in.csv:2: field 'reviewer': a quote inside an unquoted field; quote the whole"
                + " field and double the quotes inside it");
        assertThat(stray.line()).isEqualTo(2);
        assertThat(strictFailure("a,b\n\"x\ny\",\"z\"w\n")).hasMessage("in.csv:3: field 2: unexpected text after a closing quote")
                .hasMessageNotContaining("w");
    }

    @Test
    void unclosedQuoteNamesTheLineWhereItOpened() {
        CsvFormatException e = catchThrowableOfType(CsvFormatException.class,
                () -> lenient("a\nb,\"open\nstill open"));
        assertThat(e).hasMessage("in.csv:2: field 2: a quoted field opened on line 2 is never closed");
        assertThat(e.line()).isEqualTo(2);
        assertThat(strictFailure("a\nb,\"open\nstill open").line()).isEqualTo(2);
    }

    @Test
    void writerQuotesOnlyWhenNeededAndReadsBack() throws Exception {
        StringWriter out = new StringWriter();
        CsvWriter w = new CsvWriter(out);
        List<String> row = Arrays.asList("plain", "a,b", "q\"uote", "multi\nline", " padded ", null, "");
        w.write(row);
        assertThat(out.toString()).isEqualTo("plain,\"a,b\",\"q\"\"uote\",\"multi\nline\",\" padded \",,\n");
        assertThat(lenient(out.toString())).containsExactly(Arrays.asList("plain", "a,b", "q\"uote", "multi\nline",
                " padded ", "", ""));
    }

    @Test
    void writerNeverWritesNul() throws Exception {
        StringWriter out = new StringWriter();
        new CsvWriter(out).write(List.of("a\0b", "\0"));
        assertThat(out.toString()).isEqualTo("ab,\n").doesNotContain("\0");
    }
}
