package dev.concord.ingest;

import dev.concord.model.Generation;
import dev.concord.model.LogEvent;
import dev.concord.model.Message;
import dev.concord.model.SessionEnd;
import dev.concord.model.Signal;
import dev.concord.redact.RedactionCounts;
import dev.concord.redact.Redactor;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies PII redaction to every text of an event (ids included) before it goes anywhere else, counting
 * what it replaced. Returns the same event instance when nothing needed redacting.
 */
public final class EventRedactor {
    private final Redactor redactor;
    private final RedactionCounts counts = new RedactionCounts();

    public EventRedactor(Redactor redactor) {
        this.redactor = redactor;
    }

    public RedactionCounts counts() {
        return counts;
    }

    public LogEvent redact(LogEvent event) {
        if (event instanceof LogEvent.GenerationEvent g) {
            Generation r = redact(g.generation());
            return r == g.generation() ? event : new LogEvent.GenerationEvent(r, g.source());
        }
        if (event instanceof LogEvent.SignalEvent s) {
            Signal r = redact(s.signal());
            return r == s.signal() ? event : new LogEvent.SignalEvent(r, s.source());
        }
        LogEvent.SessionEndEvent e = (LogEvent.SessionEndEvent) event;
        String session = clean(e.end().session());
        return session == e.end().session() ? event
                : new LogEvent.SessionEndEvent(new SessionEnd(session, e.end().ts(), e.end().outcome()), e.source());
    }

    private Generation redact(Generation g) {
        boolean changed = false;
        List<Message> prompt = new ArrayList<>(g.prompt().size());
        for (Message m : g.prompt()) {
            String content = clean(m.content());
            changed |= content != m.content();
            prompt.add(content == m.content() ? m : new Message(m.role(), content));
        }
        List<String> sources = new ArrayList<>(g.sources().size());
        for (String s : g.sources()) {
            String r = clean(s);
            changed |= r != s;
            sources.add(r);
        }
        String id = clean(g.id());
        String session = clean(g.session());
        String output = clean(g.output());
        String regenerates = clean(g.regenerates());
        changed |= id != g.id() || session != g.session() || output != g.output() || regenerates != g.regenerates();
        return changed ? new Generation(id, session, g.ts(), g.model(), prompt, output, sources, regenerates) : g;
    }

    private Signal redact(Signal s) {
        String generation = clean(s.generation());
        String text = clean(s.text());
        String comment = clean(s.comment());
        if (generation == s.generation() && text == s.text() && comment == s.comment()) {
            return s;
        }
        return new Signal(s.kind(), generation, s.ts(), s.rating(), text, comment);
    }

    private String clean(String text) {
        return text == null ? null : redactor.redact(text, counts);
    }
}
