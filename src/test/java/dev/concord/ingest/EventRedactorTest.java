package dev.concord.ingest;

import dev.concord.model.Generation;
import dev.concord.model.LogEvent;
import dev.concord.model.Message;
import dev.concord.model.SourceRef;
import dev.concord.model.ToolCall;
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
    void toolCallArgumentsToolResultsAndToolsAreRedactedAndStayJson() {
        EventRedactor r = new EventRedactor(Redactor.standard());
        List<Message> prompt = List.of(Message.user("Email my invoice"),
                Message.toolCalls("", List.of(new ToolCall("call_1", "send_invoice", "{\"to\":\"ann.lee@example.com\",\"n\":2}"))),
                Message.toolResult("call_1", "send_invoice", "sent to ann.lee@example.com"));
        String tools = "[{\"type\":\"function\",\"function\":{\"name\":\"send_invoice\",\"description\":\"e.g. bob@example.org\"}}]";
        LogEvent in = new LogEvent.GenerationEvent(new Generation("g", "s", Instant.EPOCH, "m", prompt, "Done.", List.of(),
                null, tools), new SourceRef("f", 1));

        Generation g = ((LogEvent.GenerationEvent) r.redact(in)).generation();

        assertThat(g.prompt().get(1).toolCalls().get(0).arguments()).isEqualTo("{\"to\":\"[EMAIL]\",\"n\":2}");
        assertThat(g.prompt().get(1).toolCalls().get(0).id()).isEqualTo("call_1");
        assertThat(g.prompt().get(2).content()).isEqualTo("sent to [EMAIL]");
        assertThat(g.prompt().get(2).toolCallId()).isEqualTo("call_1");
        assertThat(g.tools()).contains("[EMAIL]").doesNotContain("bob@example.org").startsWith("[{\"type\":\"function\"");
        assertThat(r.counts().get(PiiType.EMAIL)).isEqualTo(3);
    }

    @Test
    void argumentsThatAreNotJsonAreRedactedAsText() {
        EventRedactor r = new EventRedactor(Redactor.standard());
        LogEvent in = new LogEvent.GenerationEvent(new Generation("g", "s", Instant.EPOCH, "m",
                List.of(Message.toolCalls("", List.of(new ToolCall("c", "f", "to=ann.lee@example.com")))), "ok",
                List.of(), null), new SourceRef("f", 1));
        Generation g = ((LogEvent.GenerationEvent) r.redact(in)).generation();
        assertThat(g.prompt().get(0).toolCalls().get(0).arguments()).isEqualTo("to=[EMAIL]");
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

    @Test
    void repeatedToolListsRolesAndNamesAreRedactedAndCountedEveryTime() {
        EventRedactor r = new EventRedactor(Redactor.standard());
        String tools = "[{\"type\":\"function\",\"function\":{\"name\":\"mail\",\"description\":\"e.g. bob@example.org\"}}]";
        for (int i = 0; i < 3; i++) {
            List<Message> prompt = List.of(new Message("user", "hi", List.of(), null, "ann@example.com"),
                    Message.toolCalls("", List.of(new ToolCall("c" + i, "mail", "{\"to\":\"ann.lee@example.com\",\"subject\":\"your invoice of this month\"}"))));
            LogEvent in = new LogEvent.GenerationEvent(new Generation("g" + i, "s", Instant.EPOCH, "ft:m:carl@example.net",
                    prompt, "Done.", List.of(), null, tools), new SourceRef("f", 1));

            Generation g = ((LogEvent.GenerationEvent) r.redact(in)).generation();

            assertThat(g.tools()).isEqualTo(tools.replace("bob@example.org", "[EMAIL]"));
            assertThat(g.model()).isEqualTo("ft:m:[EMAIL]");
            assertThat(g.prompt().get(0).name()).isEqualTo("[EMAIL]");
            assertThat(g.prompt().get(1).toolCalls().get(0).arguments()).startsWith("{\"to\":\"[EMAIL]\",");
        }
        assertThat(r.counts().get(PiiType.EMAIL)).isEqualTo(3 * 4);
    }

    @Test
    void repeatedShortTextsAndIdsAreRedactedAndCountedEveryTime() {
        EventRedactor r = new EventRedactor(Redactor.standard());
        String first = null;
        for (int i = 0; i < 3; i++) {
            LogEvent in = new LogEvent.GenerationEvent(new Generation("g-ann@example.com", "s-" + i, Instant.EPOCH, "m",
                    List.of(Message.user(new String("mail bob@example.org"))), new String("Thanks!"), List.of(), null),
                    new SourceRef("f", 1));

            Generation g = ((LogEvent.GenerationEvent) r.redact(in)).generation();

            assertThat(g.prompt().get(0).content()).isEqualTo("mail [EMAIL]");
            assertThat(g.output()).isEqualTo("Thanks!");
            assertThat(g.session()).isEqualTo("s-" + i);
            assertThat(g.id()).startsWith("[EMAIL]-").doesNotContain("ann");
            first = first == null ? g.id() : first;
            assertThat(g.id()).isEqualTo(first);
        }
        assertThat(r.counts().get(PiiType.EMAIL)).isEqualTo(3 * 2);
    }

    @Test
    void aCleanShortTextIsReturnedAsTheSameInstanceEveryTime() {
        EventRedactor r = new EventRedactor(Redactor.standard());
        for (int i = 0; i < 2; i++) {
            String output = new String("Sure, done.");
            LogEvent in = new LogEvent.GenerationEvent(new Generation("g" + i, "s", Instant.EPOCH, "m",
                    List.of(Message.user("hi")), output, List.of(), null), new SourceRef("f", 1));
            assertThat(((LogEvent.GenerationEvent) r.redact(in)).generation().output()).isSameAs(output);
        }
    }
}
