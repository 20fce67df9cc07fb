package dev.concord.ingest;

import dev.concord.model.EvaluatorScore;
import dev.concord.model.Generation;
import dev.concord.model.LogEvent;
import dev.concord.model.Message;
import dev.concord.model.SessionEnd;
import dev.concord.model.Signal;
import dev.concord.model.ToolCall;
import dev.concord.model.Subject;
import dev.concord.redact.Pseudonyms;
import dev.concord.redact.RedactionCounts;
import dev.concord.redact.Redactor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies PII redaction to every text of an event before it goes anywhere else, counting what it replaced;
 * generation and session ids that hold personal data get a keyed pseudonym instead ({@link Pseudonyms}), so
 * that distinct ids stay distinct. Returns the same event instance when nothing needed redacting.
 * <p>
 * Agent logs repeat texts: every generation of a session carries the same system prompt and, in a multi-turn
 * session, every earlier turn again; short replies ("Thanks!"), roles, model and function names repeat across
 * sessions; a session id comes back on every event of its session and a generation id on its feedback. Texts are
 * therefore remembered (the most recent {@value #CACHE_SIZE} of {@value #CACHED_MIN_LENGTH}+ characters, of shorter
 * ones, of ids, and {@value #NAMES_CACHE_SIZE} names) with their redacted form and hit counts, so a repeat costs a
 * hash lookup instead of a scan, and is still counted; the JSON texts of tool schemas and arguments likewise (a
 * generation's tools repeat on every turn of its session). Results are the same as without the memory: redaction
 * and pseudonyms are pure functions of the text (and the key).
 */
public final class EventRedactor {
    static final int CACHED_MIN_LENGTH = 64;
    static final int CACHE_SIZE = 4096;
    static final int NAMES_CACHE_SIZE = 1024;

    private final Pseudonyms ids;
    private final Redaction redaction;
    private final Redaction pseudonym;
    private final RedactionCounts counts = new RedactionCounts();
    private final Map<String, Redacted> recent = lru(CACHE_SIZE);
    private final Map<String, Redacted> recentShort = lru(CACHE_SIZE);
    private final Map<String, Redacted> recentIds = lru(CACHE_SIZE);
    private final Map<String, Redacted> recentJson = lru(CACHE_SIZE);
    private final Map<String, Redacted> recentNames = lru(NAMES_CACHE_SIZE);

    private record Redacted(String text, boolean changed, RedactionCounts hits) {
    }

    /** What is remembered of a text that had nothing to redact (most texts): no copy, no counts. */
    private static final Redacted CLEAN = new Redacted(null, false, null);

    private interface Redaction {
        String apply(String text, RedactionCounts hits);
    }

    private static Map<String, Redacted> lru(int size) {
        return new LinkedHashMap<>(size * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Redacted> eldest) {
                return size() > size;
            }
        };
    }

    /** @param ids replaces generation and session ids that hold personal data, keyed per database */
    public EventRedactor(Redactor redactor, Pseudonyms ids) {
        this.ids = ids;
        this.redaction = redactor::redact;
        this.pseudonym = ids::apply;
    }

    /** With a fresh random pseudonym key: for measuring and testing, not for storing (ids would not match later). */
    public EventRedactor(Redactor redactor) {
        this(redactor, new Pseudonyms(redactor, Pseudonyms.newKey()));
    }

    public RedactionCounts counts() {
        return counts;
    }

    /** The event with every text redacted, ids pseudonymised where they hold personal data and the user always. */
    public LogEvent redact(LogEvent event) {
        Subject subject = event.subject().user() == null ? event.subject()
                : event.subject().withUser(ids.user(event.subject().user()));
        if (event instanceof LogEvent.GenerationEvent g) {
            Generation r = redact(g.generation());
            return r == g.generation() && subject == g.subject() ? event : new LogEvent.GenerationEvent(r, g.source(), subject);
        }
        if (event instanceof LogEvent.SignalEvent s) {
            Signal r = redact(s.signal());
            return r == s.signal() && subject == s.subject() ? event : new LogEvent.SignalEvent(r, s.source(), subject);
        }
        if (event instanceof LogEvent.ScoreEvent s) {
            EvaluatorScore r = redact(s.score());
            return r == s.score() && subject == s.subject() ? event : new LogEvent.ScoreEvent(r, s.source(), subject);
        }
        LogEvent.SessionEndEvent e = (LogEvent.SessionEndEvent) event;
        String session = id(e.end().session());
        return session == e.end().session() && subject == e.subject() ? event
                : new LogEvent.SessionEndEvent(new SessionEnd(session, e.end().ts(), e.end().outcome()), e.source(), subject);
    }


    private Generation redact(Generation g) {
        boolean changed = false;
        List<Message> prompt = new ArrayList<>(g.prompt().size());
        for (Message m : g.prompt()) {
            Message r = redact(m);
            changed |= r != m;
            prompt.add(r);
        }
        List<String> sources = new ArrayList<>(g.sources().size());
        for (String s : g.sources()) {
            String r = clean(s);
            changed |= r != s;
            sources.add(r);
        }
        String id = id(g.id());
        String session = id(g.session());
        String output = clean(g.output());
        String model = name(g.model());
        String regenerates = id(g.regenerates());
        String tools = json(g.tools());
        List<ToolCall> calls = g.outputToolCalls().isEmpty() ? g.outputToolCalls()
                : redact(Message.toolCalls("", g.outputToolCalls())).toolCalls();
        changed |= id != g.id() || session != g.session() || output != g.output() || regenerates != g.regenerates()
                || model != g.model() || tools != g.tools() || calls != g.outputToolCalls();
        return changed ? new Generation(id, session, g.ts(), model, prompt, output, sources, regenerates, tools, calls) : g;
    }

    /** Every text of a message: content, role, name, the call id and each tool call's id, name and arguments. */
    private Message redact(Message m) {
        String content = clean(m.content());
        String role = name(m.role());
        String callId = clean(m.toolCallId());
        String name = name(m.name());
        boolean same = content == m.content() && role == m.role() && callId == m.toolCallId() && name == m.name();
        List<ToolCall> calls = m.toolCalls();
        if (!calls.isEmpty()) {
            List<ToolCall> out = new ArrayList<>(calls.size());
            for (ToolCall c : calls) {
                String cid = clean(c.id());
                String fn = name(c.name());
                String args = json(c.arguments());
                boolean sameCall = cid == c.id() && fn == c.name() && args == c.arguments();
                same &= sameCall;
                out.add(sameCall ? c : new ToolCall(cid, fn, args));
            }
            calls = out;
        }
        return same ? m : new Message(role, content, calls, callId, name);
    }

    /** A JSON text (tool schemas, tool-call arguments) with every string value redacted, see {@link JsonStrings}. */
    private String json(String json) {
        if (json == null || json.length() < CACHED_MIN_LENGTH) {
            return json == null ? null : JsonStrings.map(json, this::clean);
        }
        return remembered(recentJson, json, (text, hits) -> JsonStrings.map(text, t -> clean(t, hits)));
    }

    /** A short text that repeats from event to event: a role, a model, a message's or a function's name. */
    private String name(String text) {
        return text == null ? null : remembered(recentNames, text, redaction);
    }

    private Signal redact(Signal s) {
        String generation = id(s.generation());
        String text = clean(s.text());
        String comment = clean(s.comment());
        if (generation == s.generation() && text == s.text() && comment == s.comment()) {
            return s;
        }
        return new Signal(s.kind(), generation, s.ts(), s.rating(), text, comment);
    }

    /** An evaluator's score: its generation id as stored, and every text (name, label, source, comment). */
    private EvaluatorScore redact(EvaluatorScore s) {
        String generation = id(s.generation());
        String name = clean(s.name());
        String label = clean(s.label());
        String source = clean(s.source());
        String comment = clean(s.comment());
        if (generation == s.generation() && name == s.name() && label == s.label() && source == s.source()
                && comment == s.comment()) {
            return s;
        }
        return new EvaluatorScore(generation, name, s.value(), label, source, comment, s.ts());
    }

    private String id(String id) {
        return id == null ? null : remembered(recentIds, id, pseudonym);
    }

    private String clean(String text) {
        return clean(text, counts);
    }

    private String clean(String text, RedactionCounts into) {
        if (text == null) {
            return null;
        }
        return remembered(text.length() < CACHED_MIN_LENGTH ? recentShort : recent, text, into, redaction);
    }

    private String remembered(Map<String, Redacted> memory, String text, Redaction redaction) {
        return remembered(memory, text, counts, redaction);
    }

    /** The text redacted, from {@code memory} when it was seen lately; its hits are added to {@code into} either way. */
    private static String remembered(Map<String, Redacted> memory, String text, RedactionCounts into, Redaction redaction) {
        Redacted known = memory.get(text);
        if (known == null) {
            RedactionCounts hits = new RedactionCounts();
            String out = redaction.apply(text, hits);
            known = out == text && hits.total() == 0 ? CLEAN : new Redacted(out, out != text, hits);
            memory.put(text, known);
        }
        if (known == CLEAN) {
            return text;
        }
        into.addAll(known.hits());
        return known.changed() ? known.text() : text;
    }
}
