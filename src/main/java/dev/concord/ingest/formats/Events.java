package dev.concord.ingest.formats;

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
        return new LogEvent.GenerationEvent(new Generation(id, session == null ? id : session, ts, model, messages,
                answer.text(), List.of(), null, tools), where);
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
