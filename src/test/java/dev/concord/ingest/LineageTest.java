package dev.concord.ingest;

import dev.concord.model.SessionLog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.concord.ingest.Logs.log;
import static org.assertj.core.api.Assertions.assertThat;

class LineageTest {
    @Test
    void linksRetriesIntoOneChainInTimeOrder() throws Exception {
        SessionLog s = Sessions.of(log().generation("g1", "s1", "q", "a1").retry("g2", "s1", "g1", "a2")
                .retry("g3", "s1", "g2", "a3").generation("g9", "s1", "other", "x"));
        List<RetryChain> chains = Lineage.chains(s);
        assertThat(chains).hasSize(2);
        assertThat(chains.get(0).attempts()).extracting(g -> g.id()).containsExactly("g1", "g2", "g3");
        assertThat(chains.get(0).regenerations()).isEqualTo(2);
        assertThat(chains.get(1).attempts()).extracting(g -> g.id()).containsExactly("g9");
        assertThat(chains.get(1).isRetried()).isFalse();
    }

    @Test
    void retryOfAnUnknownGenerationStartsItsOwnChain() throws Exception {
        SessionLog s = Sessions.of(log().retry("g2", "s1", "elsewhere", "a2"));
        assertThat(Lineage.chains(s)).singleElement().satisfies(c -> assertThat(c.first().id()).isEqualTo("g2"));
    }

    @Test
    void pointerCycleDoesNotHang() throws Exception {
        SessionLog s = Sessions.of(log()
                .line("{\"type\":\"generation\",\"id\":\"a\",\"session\":\"s\",\"ts\":\"2026-11-20T10:00:00Z\",\"regenerates\":\"b\",\"prompt\":\"p\",\"output\":\"1\"}")
                .line("{\"type\":\"generation\",\"id\":\"b\",\"session\":\"s\",\"ts\":\"2026-11-20T10:01:00Z\",\"regenerates\":\"a\",\"prompt\":\"p\",\"output\":\"2\"}"));
        assertThat(Lineage.chains(s)).isNotEmpty();
    }
}
