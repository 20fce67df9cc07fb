package dev.concord.service;

import dev.concord.agreement.LabelScale;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LabelSetReaderTest {
    @Test
    void readsTheReviewWorkbenchShapeByLabelId() {
        LabelScale s = LabelSetReader.parse("[{\"key\":\"1\",\"id\":\"good\",\"name\":\"good\"},"
                + "{\"key\":\"2\",\"id\":\"wrong\",\"name\":\"wrong / factual error\"}]");
        assertThat(s.kind()).isEqualTo(LabelScale.Kind.NOMINAL);
        assertThat(s.labels()).containsExactly("good", "wrong");
    }

    @Test
    void readsPlainListsAndNamedObjects() {
        assertThat(LabelSetReader.parse("[\"b\", \"a\"]").labels()).containsExactly("b", "a");
        assertThat(LabelSetReader.parse("[{\"name\":\"x\"},{\"label\":\"y\"}]").labels()).containsExactly("x", "y");
    }

    @Test
    void anObjectMayDeclareTheLevelOfMeasurement() {
        assertThat(LabelSetReader.parse("{\"labels\":[\"low\",\"high\"],\"ordered\":true}").kind())
                .isEqualTo(LabelScale.Kind.ORDINAL);
        LabelScale numeric = LabelSetReader.parse("{\"labels\":[\"3\",\"1\",\"2\"],\"scale\":\"interval\"}");
        assertThat(numeric.labels()).containsExactly("1", "2", "3");
        LabelScale valued = LabelSetReader.parse("{\"scale\":\"interval\",\"labels\":[{\"id\":\"bad\",\"value\":0},"
                + "{\"id\":\"ok\",\"value\":5}]}");
        assertThat(valued.values()).isEqualTo(List.of(0.0, 5.0));
        assertThat(LabelSetReader.parse("{\"labels\":[\"a\"]}").kind()).isEqualTo(LabelScale.Kind.NOMINAL);
    }

    @Test
    void rejectsWhatIsNotALabelSetWithAReason() {
        assertThatThrownBy(() -> LabelSetReader.parse("{oops")).hasMessageStartingWith("not valid JSON");
        assertThatThrownBy(() -> LabelSetReader.parse("[]")).hasMessage("expected a non-empty list of labels");
        assertThatThrownBy(() -> LabelSetReader.parse("[{\"key\":\"1\"}]")).hasMessage("label 1 has no name");
        assertThatThrownBy(() -> LabelSetReader.parse("{\"labels\":[\"a\"],\"scale\":\"fuzzy\"}"))
                .hasMessageStartingWith("unknown scale 'fuzzy'");
        assertThatThrownBy(() -> LabelSetReader.parse("[\"a\",\"a\"]")).hasMessageContaining("distinct");
    }
}
