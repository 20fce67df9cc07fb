package dev.concord.ingest.formats;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concord.ingest.LineRejectedException;
import dev.concord.model.EvaluatorScore;
import dev.concord.model.Generation;
import dev.concord.model.LogEvent;
import dev.concord.model.Message;
import dev.concord.model.Rating;
import dev.concord.model.Signal;
import dev.concord.model.SourceRef;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Concord events built from what the adapters read: the one place where source messages become a generation. */
final class Events {
    private Events() {
    }

    static LogEvent generation(String id, String session, Instant ts, String model, List<SourceMessage> prompt,
                               SourceMessage answer, SourceRef where) {
        return generation(id, session, ts, model, prompt, answer, null, where);
    }

    /** A generation offered {@code tools} (a JSON array as {@link ToolDefinitions#of} writes it, or null). */
    static LogEvent generation(String id, String session, Instant ts, String model, List<SourceMessage> prompt,
                               SourceMessage answer, String tools, SourceRef where) {
        List<Message> messages = new ArrayList<>(prompt.size());
        for (SourceMessage m : prompt) {
            messages.add(m.toMessage());
        }
        Message out = answer.toMessage();
        return new LogEvent.GenerationEvent(new Generation(id, session == null ? id : session, ts, model, messages,
                answer.text(), List.of(), null, tools, out.toolCalls()), where);
    }

    /**
     * An evaluator's score from a source value node: a number or boolean is the value, a text the label (a text that
     * holds a number is both); other JSON values are no score value and leave both null.
     */
    static EvaluatorScore score(String generation, String name, JsonNode value, String label, String source,
                                String comment, Instant ts, String field) throws LineRejectedException {
        Double number = null;
        String text = label;
        if (Nodes.present(value) && (value.isNumber() || value.isBoolean())) {
            number = Nodes.number(value, field);
            if (value.isBoolean() && text == null) {
                text = value.asText();
            }
        } else if (Nodes.present(value) && value.isTextual()) {
            String t = Nodes.text(value, field);
            number = numberOrNull(t);
            text = text != null ? text : number == null ? t : null;
        }
        return new EvaluatorScore(generation, name, number, text, source, comment, ts);
    }

    private static Double numberOrNull(String s) {
        try {
            double d = Double.parseDouble(s.strip());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** User feedback; a correction without a rating is a down-vote with that correction. */
    static LogEvent feedback(String generation, Instant ts, Rating rating, String correction, String comment,
                             SourceRef where) {
        Rating r = rating == null ? Rating.DOWN : rating;
        String c = correction == null || correction.isBlank() ? null : correction;
        String k = comment == null || comment.isBlank() ? null : comment;
        return new LogEvent.SignalEvent(Signal.feedback(generation, ts, r, c, k), where);
    }
}
