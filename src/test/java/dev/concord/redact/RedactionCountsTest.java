package dev.concord.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import org.junit.jupiter.api.Test;

class RedactionCountsTest {

    @Test
    void startsAtZeroForEveryType() {
        RedactionCounts counts = new RedactionCounts();

        assertThat(counts.total()).isZero();
        assertThat(counts.asMap()).containsOnlyKeys(PiiType.values()).allSatisfy((type, n) -> assertThat(n).isZero());
    }

    @Test
    void addsPerTypeAndTotals() {
        RedactionCounts counts = new RedactionCounts();

        counts.add(PiiType.EMAIL, 2);
        counts.add(PiiType.EMAIL, 1);
        counts.add(PiiType.SECRET, 4);

        assertThat(counts.get(PiiType.EMAIL)).isEqualTo(3);
        assertThat(counts.get(PiiType.SECRET)).isEqualTo(4);
        assertThat(counts.get(PiiType.CARD)).isZero();
        assertThat(counts.total()).isEqualTo(7);
    }

    @Test
    void addAllMergesAnotherCounter() {
        RedactionCounts a = new RedactionCounts();
        a.add(PiiType.IP, 1);
        RedactionCounts b = new RedactionCounts();
        b.add(PiiType.IP, 2);
        b.add(PiiType.PHONE, 5);

        a.addAll(b);

        assertThat(a.get(PiiType.IP)).isEqualTo(3);
        assertThat(a.get(PiiType.PHONE)).isEqualTo(5);
        assertThat(b.get(PiiType.IP)).isEqualTo(2);
    }

    @Test
    void asMapIsAnEnumMapSnapshot() {
        RedactionCounts counts = new RedactionCounts();
        counts.add(PiiType.CARD, 1);

        var map = counts.asMap();
        counts.add(PiiType.CARD, 1);

        assertThat(map).isInstanceOf(EnumMap.class).containsEntry(PiiType.CARD, 1L).hasSize(PiiType.values().length);
    }

    @Test
    void rejectsNegativeCounts() {
        assertThatThrownBy(() -> new RedactionCounts().add(PiiType.IP, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
