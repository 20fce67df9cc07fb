package dev.concord.ingest;

import dev.concord.model.Generation;
import dev.concord.model.LogEvent;
import dev.concord.model.Message;
import dev.concord.model.SourceRef;
import dev.concord.redact.PiiType;
import dev.concord.redact.Redactor;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventRedactorTest {
    private static final String SYSTEM = "You are a support assistant. Escalate to support@example.com when the customer asks twice.";

    private static LogEvent generation(String id, String user) {
        return new LogEvent.GenerationEvent(new Generation(id, "s1", Instant.parse("2026-11-20T10:00:00Z"), "m",
                List.of(new Message("system", new String(SYSTEM)), Message.user(user)), "ok", List.of(), null),
                new SourceRef("f", 1));
    }

    @Test
    void repeatedLongTextsAreRedactedAndCountedEveryTime() {
        EventRedactor r = new EventRedactor(Redactor.standard());
        for (int i = 0; i < 3; i++) {
            LogEvent out = r.redact(generation("g" + i, "hello"));
            Generation g = ((LogEvent.GenerationEvent) out).generation();
            assertThat(g.prompt().get(0).content()).doesNotContain("support@example.com").contains("[EMAIL]");
        }
        assertThat(r.counts().get(PiiType.EMAIL)).isEqualTo(3);
    }

    @Test
    void cleanEventIsReturnedAsTheSameInstance() {
        EventRedactor r = new EventRedactor(Redactor.standard());
        LogEvent clean = new LogEvent.GenerationEvent(new Generation("g", "s", Instant.EPOCH, "m",
                List.of(Message.user("x".repeat(100))), "fine", List.of(), null), new SourceRef("f", 1));
        assertThat(r.redact(clean)).isSameAs(clean);
        assertThat(r.redact(clean)).isSameAs(clean);
        assertThat(r.counts().total()).isZero();
    }

    @Test
    void roleAndModelNamesPassTheRedactorToo() {
        EventRedactor r = new EventRedactor(Redactor.standard());
        LogEvent leaky = new LogEvent.GenerationEvent(new Generation("g", "s", Instant.EPOCH, "ft:gpt-4o:bob@example.com",
                List.of(new Message("user jane@example.com", "hi")), "fine", List.of(), null), new SourceRef("f", 1));

        Generation g = ((LogEvent.GenerationEvent) r.redact(leaky)).generation();

        assertThat(g.model()).isEqualTo("ft:gpt-4o:[EMAIL]");
        assertThat(g.prompt().get(0).role()).isEqualTo("user [EMAIL]");
        assertThat(r.counts().get(PiiType.EMAIL)).isEqualTo(2);
    }
}
