package dev.concord.service;

import dev.concord.model.Generation;
import dev.concord.model.LogEvent;
import dev.concord.model.Message;
import dev.concord.model.SourceRef;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventPipelineTest {
    private static LogEvent event(int i) {
        return new LogEvent.GenerationEvent(new Generation("g" + i, "s", Instant.EPOCH, null,
                List.of(Message.user("q")), "a", List.of(), null), new SourceRef("f", i));
    }

    @Test
    void deliversEveryEventInOrder() throws Exception {
        List<String> seen = new ArrayList<>();
        EventPipeline.run(out -> {
            for (int i = 0; i < 5_000; i++) {
                out.accept(event(i));
            }
        }, e -> seen.add(((LogEvent.GenerationEvent) e).generation().id()));
        assertThat(seen).hasSize(5_000);
        assertThat(seen.get(0)).isEqualTo("g0");
        assertThat(seen.get(4_999)).isEqualTo("g4999");
    }

    @Test
    void producerFailureReachesTheCaller() {
        assertThatThrownBy(() -> EventPipeline.run(out -> {
            out.accept(event(1));
            throw new IllegalStateException("disk gone");
        }, e -> { })).isInstanceOf(IllegalStateException.class).hasMessage("disk gone");
    }

    @Test
    void consumerFailureStopsTheProducer() {
        assertThatThrownBy(() -> EventPipeline.run(out -> {
            for (int i = 0; i < 10_000_000; i++) {
                out.accept(event(i));
            }
        }, e -> {
            throw new SQLException("disk full");
        })).isInstanceOf(SQLException.class).hasMessage("disk full");
    }
}
