package dev.concord.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class RatingsCsvReaderTest {

    private static RatingTable read(String csv) throws IOException {
        return RatingsCsvReader.read(new StringReader(csv), "ratings.csv");
    }

    private static RatingsFormatException failure(String csv) {
        return catchThrowableOfType(RatingsFormatException.class, () -> read(csv));
    }

    @Test
    void readsOneRowPerRatingWithGaps() throws IOException {
        RatingTable t = read("item,reviewer,label\ni1,ann,yes\ni1,bob,no\ni2,bob,yes\n");

        assertThat(t.items()).containsExactly("i1", "i2");
        assertThat(t.reviewers()).containsExactly("ann", "bob");
        assertThat(t.ratingCount()).isEqualTo(3);
        assertThat(t.label(1, 0)).isEqualTo(RatingTable.MISSING);
        assertThat(t.labels().get(t.label(1, 1))).isEqualTo("yes");
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() throws IOException {
        RatingTable t = read("item,reviewer,label\r\n\"q1, part 2\",ann,\"say \"\"hi\"\"\"\r\n"
                + "\"multi\nline\",ann,ok\r\n");

        assertThat(t.items()).containsExactly("q1, part 2", "multi\nline");
        assertThat(t.labels()).containsExactly("say \"hi\"", "ok");
    }

    @Test
    void acceptsHeaderInAnyOrderAndCaseWithBomBlankLinesAndSpaces() throws IOException {
        RatingTable t = read("\uFEFFLabel, Item ,REVIEWER\n\n yes , i1 , ann \n\nno,i1,bob");

        assertThat(t.items()).containsExactly("i1");
        assertThat(t.reviewers()).containsExactly("ann", "bob");
        assertThat(t.labels()).containsExactly("yes", "no");
    }

    @Test
    void rejectsAnEmptyFile() {
        RatingsFormatException e = failure("");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e).hasMessage(
                "ratings.csv:1: the file is empty; expected the header 'item,reviewer,label'");
    }

    @Test
    void rejectsAMissingHeader() {
        RatingsFormatException e = failure("i1,ann,yes\ni1,bob,no\n");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e).hasMessageContaining("expected the header 'item,reviewer,label' but found "
                + "'i1,ann,yes'");
    }

    @Test
    void rejectsAHeaderWithoutRatings() {
        assertThat(failure("item,reviewer,label\n")).hasMessage(
                "ratings.csv:1: the file has a header but no ratings");
    }

    @Test
    void rejectsADuplicateItemReviewerPairNamingBothLines() {
        RatingsFormatException e = failure("item,reviewer,label\ni1,ann,yes\ni2,ann,no\n"
                + "i1,ann,no\n");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e).hasMessage(
                "ratings.csv:4: reviewer 'ann' already rated item 'i1' on line 2");
    }

    @Test
    void rejectsAWrongColumnCount() {
        RatingsFormatException e = failure("item,reviewer,label\ni1,ann,yes\ni2,ann,yes,extra\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e).hasMessageContaining("expected 3 fields (item,reviewer,label) but found 4");
    }

    @Test
    void anUnquotedCommaIsAColumnCountErrorOnItsLine() {
        RatingsFormatException e = failure("item,reviewer,label\nq1, part 2,ann,yes\n");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e).hasMessageContaining("quote fields that contain commas");
    }

    @Test
    void countsLinesInsideQuotedFields() {
        RatingsFormatException e = failure("item,reviewer,label\r\n\"a\r\nb\",ann,yes\r\nx,y\r\n");
        assertThat(e.line()).isEqualTo(4);
    }

    @Test
    void rejectsBrokenQuoting() {
        assertThat(failure("item,reviewer,label\ni1,ann,\"yes\n").line()).isEqualTo(2);
        assertThat(failure("item,reviewer,label\ni1,ann,\"yes\n"))
                .hasMessageContaining("never closed");
        assertThat(failure("item,reviewer,label\ni1,an\"n,yes\n"))
                .hasMessageContaining("ratings.csv:2: a quote inside an unquoted field");
        assertThat(failure("item,reviewer,label\ni1,\"ann\"x,yes\n"))
                .hasMessageContaining("ratings.csv:2: unexpected text after a closing quote");
    }

    @Test
    void rejectsEmptyFields() {
        assertThat(failure("item,reviewer,label\ni1,ann,yes\ni2,,no\n"))
                .hasMessage("ratings.csv:3: the reviewer is empty");
    }
}
