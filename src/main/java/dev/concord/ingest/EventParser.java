package dev.concord.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.concord.model.Generation;
import dev.concord.model.IsoInstant;
import dev.concord.model.LogEvent;
import dev.concord.model.Message;
import dev.concord.model.Rating;
import dev.concord.model.SessionEnd;
import dev.concord.model.SessionOutcome;
import dev.concord.model.Signal;
import dev.concord.model.SourceRef;
import dev.concord.model.Subject;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses one JSONL line into events. Two shapes are accepted: the event stream ({@code "type"} is one of
 * generation, regenerate, feedback, edit, copy, session_end) and the simple per-interaction record
 * ({@code id, ts, question, answer, sources, feedback}), which becomes a generation plus its feedback.
 * Error messages name the field and never echo the line's content. Remembers the last few tool lists
 * ({@link RecentTools}), so an instance serves one reading thread.
 */
public final class EventParser {
    private static final int MAX_ECHO = 24;
    private static final Instant EARLIEST = Instant.EPOCH;
    private static final Instant AFTER_LATEST = Instant.parse("+10000-01-01T00:00:00Z");
    private final ObjectMapper mapper = new ObjectMapper();
    private final RecentTools tools = new RecentTools();

    public List<LogEvent> parse(byte[] bytes, int length, SourceRef source) throws LineRejectedException {
        ObjectNode obj = StrictJson.object(mapper, bytes, length);
        Subject subject = subject(obj);
        List<LogEvent> events = events(obj, source);
        return subject.equals(Subject.NONE) ? events : events.stream().map(e -> withSubject(e, subject)).toList();
    }

    private List<LogEvent> events(ObjectNode obj, SourceRef source) throws LineRejectedException {
        JsonNode type = obj.get("type");
        if (type == null || type.isNull()) {
            if (obj.has("question") || obj.has("answer")) {
                return simpleRecord(obj, source);
            }
            throw new LineRejectedException("type", "missing (and not a simple question/answer record)");
        }
        String t = text(obj, "type", true);
        return switch (t) {
            case "generation" -> List.of(new LogEvent.GenerationEvent(generation(obj), source));
            case "regenerate" -> List.of(signal(Signal.regenerate(ref(obj), ts(obj)), source));
            case "feedback" -> List.of(signal(Signal.feedback(ref(obj), ts(obj), rating(obj.get("rating")),
                    text(obj, "correction", false), text(obj, "comment", false)), source));
            case "edit" -> List.of(signal(Signal.edit(ref(obj), ts(obj), text(obj, "text", true)), source));
            case "copy" -> List.of(signal(Signal.copy(ref(obj), ts(obj)), source));
            case "session_end" -> List.of(new LogEvent.SessionEndEvent(
                    new SessionEnd(text(obj, "session", true), ts(obj), outcome(obj)), source));
            default -> throw new LineRejectedException("type", "unknown event type '" + shorten(t) + "'");
        };
    }

    /** The optional {@code user} (a string) and {@code consent} (a boolean) of a line. */
    private static Subject subject(ObjectNode obj) throws LineRejectedException {
        String user = text(obj, "user", false);
        JsonNode consent = obj.get("consent");
        if (consent != null && !consent.isNull() && !consent.isBoolean()) {
            throw new LineRejectedException("consent", "must be true or false, not " + StrictJson.kind(consent));
        }
        boolean given = consent == null || consent.isNull() || consent.booleanValue();
        return user == null && given ? Subject.NONE : new Subject(user, given);
    }

    static LogEvent withSubject(LogEvent e, Subject subject) {
        if (e instanceof LogEvent.GenerationEvent g) {
            return new LogEvent.GenerationEvent(g.generation(), g.source(), subject);
        }
        if (e instanceof LogEvent.SignalEvent s) {
            return new LogEvent.SignalEvent(s.signal(), s.source(), subject);
        }
        LogEvent.SessionEndEvent end = (LogEvent.SessionEndEvent) e;
        return new LogEvent.SessionEndEvent(end.end(), end.source(), subject);
    }

    private static LogEvent signal(Signal s, SourceRef source) {
        return new LogEvent.SignalEvent(s, source);
    }

    /** A generation line; an answer that only calls tools has {@code output_tool_calls} and may omit {@code output}. */
    private Generation generation(ObjectNode obj) throws LineRejectedException {
        var calls = MessageParser.toolCalls("output_tool_calls", obj.get("output_tool_calls"));
        return new Generation(text(obj, "id", true), text(obj, "session", true), ts(obj),
                text(obj, "model", false), prompt(obj.get("prompt")), text(obj, "output", calls.isEmpty()),
                sources(obj.get("sources")), text(obj, "regenerates", false), tools.tools(obj.get("tools")), calls);
    }

    private static List<LogEvent> simpleRecord(ObjectNode obj, SourceRef source) throws LineRejectedException {
        String id = text(obj, "id", true);
        Instant ts = ts(obj);
        String session = text(obj, "session", false);
        Generation g = new Generation(id, session == null ? id : session, ts, text(obj, "model", false),
                List.of(Message.user(text(obj, "question", true))), text(obj, "answer", true),
                sources(obj.get("sources")), null);
        List<LogEvent> events = new ArrayList<>(2);
        events.add(new LogEvent.GenerationEvent(g, source));
        JsonNode fb = obj.get("feedback");
        if (fb != null && !fb.isNull()) {
            if (!fb.isObject()) {
                throw new LineRejectedException("feedback", "expected an object with 'rating'");
            }
            JsonNode rating = fb.get("rating");
            if (rating != null && !rating.isNull()) {
                events.add(signal(Signal.feedback(id, ts, rating(rating), text((ObjectNode) fb, "correction", false),
                        text((ObjectNode) fb, "comment", false)), source));
            }
        }
        return events;
    }

    private static String ref(ObjectNode obj) throws LineRejectedException {
        return text(obj, "generation", true);
    }

    private static Instant ts(ObjectNode obj) throws LineRejectedException {
        return timestamp("ts", text(obj, "ts", true));
    }

    /**
     * An ISO-8601 timestamp with an offset, within the years 1970 to 9999: the one rule for every log format.
     *
     * @param field names the field in an error
     */
    public static Instant timestamp(String field, String raw) throws LineRejectedException {
        Instant ts;
        try {
            ts = IsoInstant.parse(raw);
        } catch (DateTimeParseException e) {
            try {
                ts = OffsetDateTime.parse(raw).toInstant();
            } catch (DateTimeParseException e2) {
                throw new LineRejectedException(field, "not an ISO-8601 timestamp");
            }
        }
        return inRange(field, ts);
    }

    /** The instant itself if its year is within 1970 to 9999. */
    public static Instant inRange(String field, Instant ts) throws LineRejectedException {
        if (ts.isBefore(EARLIEST) || !ts.isBefore(AFTER_LATEST)) {
            throw new LineRejectedException(field, "year out of range (1970 to 9999)");
        }
        return ts;
    }

    private static Rating rating(JsonNode node) throws LineRejectedException {
        Rating r = node == null || !node.isTextual() ? null : Rating.parse(node.asText());
        if (r == null) {
            throw new LineRejectedException("rating", node == null || node.isNull() ? "missing" : "must be \"up\" or \"down\"");
        }
        return r;
    }

    private static SessionOutcome outcome(ObjectNode obj) throws LineRejectedException {
        SessionOutcome o = SessionOutcome.parse(text(obj, "outcome", true));
        if (o == null) {
            throw new LineRejectedException("outcome", "must be \"completed\" or \"abandoned\"");
        }
        return o;
    }

    private static List<Message> prompt(JsonNode node) throws LineRejectedException {
        if (node == null || node.isNull()) {
            throw new LineRejectedException("prompt", "missing");
        }
        if (node.isTextual()) {
            return List.of(Message.user(StrictJson.wellFormed("prompt", node.asText())));
        }
        if (!node.isArray()) {
            throw new LineRejectedException("prompt", "must be a string or a list of {role, content} messages");
        }
        return MessageParser.messages("prompt", node);
    }

    private static List<String> sources(JsonNode node) throws LineRejectedException {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new LineRejectedException("sources", "must be a list of strings");
        }
        List<String> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode s = node.get(i);
            if (s.isTextual() && !StrictJson.isWellFormed(s.asText())) {
                StrictJson.wellFormed("sources[" + i + "]", s.asText());
            }
            out.add(s.isTextual() ? s.asText() : s.toString());
        }
        return out;
    }

    private static String text(ObjectNode obj, String field, boolean required) throws LineRejectedException {
        return text(field, obj.get(field), required);
    }

    /** A string field: its text (checked for lone surrogates), null when absent and not required. */
    static String text(String field, JsonNode v, boolean required) throws LineRejectedException {
        if (v == null || v.isNull()) {
            if (required) {
                throw new LineRejectedException(field, "missing");
            }
            return null;
        }
        if (v.isTextual()) {
            return StrictJson.wellFormed(field, v.asText());
        }
        throw new LineRejectedException(field, "must be a string, not " + StrictJson.kind(v));
    }

    /** Echoes a short plain word only: anything longer or odder might be content, so it is not shown. */
    public static String shorten(String s) {
        return s.length() <= MAX_ECHO && s.matches("[A-Za-z_]+") ? s : "(" + s.length() + " characters, not shown)";
    }
}
