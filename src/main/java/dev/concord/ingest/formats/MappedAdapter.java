package dev.concord.ingest.formats;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.concord.ingest.LineRejectedException;
import dev.concord.model.Rating;
import dev.concord.model.SourceRef;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Any JSON log, one interaction per object, through a {@link Mapping}: a generation, and feedback where the rating
 * or correction path holds a value. A correction without a rating is a down-vote with that correction.
 */
public final class MappedAdapter implements TraceAdapter {
    private final Mapping mapping;
    private final FeedbackOptions options;

    public MappedAdapter(Mapping mapping, FeedbackOptions options) {
        this.mapping = mapping;
        this.options = options;
    }

    @Override
    public void convert(ObjectNode object, String pointer, SourceRef where, Sink out) throws Exception {
        String id = Nodes.required(at(object, mapping.id()), field(pointer, mapping.id()));
        Instant ts = Nodes.instant(at(object, mapping.time()), field(pointer, mapping.time()));
        String session = mapping.session() == null ? id : Nodes.text(at(object, mapping.session()), field(pointer, mapping.session()));
        String model = mapping.model() == null ? null : Nodes.text(at(object, mapping.model()), field(pointer, mapping.model()));
        List<SourceMessage> prompt = prompt(object, pointer);
        SourceMessage answer = SourceMessage.of("assistant", Nodes.required(at(object, mapping.answer()),
                field(pointer, mapping.answer())));
        Rating rating = rating(object, pointer);
        String correction = mapping.correction() == null ? null
                : ChatShapes.correction(at(object, mapping.correction()), field(pointer, mapping.correction()));
        String comment = mapping.comment() == null ? null
                : Nodes.text(at(object, mapping.comment()), field(pointer, mapping.comment()));
        String tools = mapping.tools() == null ? null
                : ToolDefinitions.of(at(object, mapping.tools()), field(pointer, mapping.tools()));
        out.event(Events.generation(id, session == null ? id : session, ts, model, prompt, answer, tools, where));
        if (rating != null || correction != null && !correction.isBlank()) {
            out.event(Events.feedback(id, ts, rating, correction, comment, where));
        }
    }

    private List<SourceMessage> prompt(JsonNode object, String pointer) throws LineRejectedException {
        if (mapping.prompt() == null) {
            return List.of(SourceMessage.of("user", Nodes.required(at(object, mapping.question()),
                    field(pointer, mapping.question()))));
        }
        JsonNode list = at(object, mapping.prompt());
        String f = field(pointer, mapping.prompt());
        if (!Nodes.present(list)) {
            throw new LineRejectedException(f, "missing");
        }
        if (list.isTextual()) {
            return List.of(SourceMessage.of("user", Nodes.text(list, f)));
        }
        if (!list.isArray()) {
            throw new LineRejectedException(f, "must be a list of messages");
        }
        List<SourceMessage> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonNode m = list.get(i);
            String mf = f + "/" + i;
            String role = ChatShapes.role(Nodes.text(m.get(mapping.role()), mf + "/" + mapping.role()), mf + "/" + mapping.role());
            List<String> other = new ArrayList<>();
            String text = ChatShapes.content(m.get(mapping.content()), mf + "/" + mapping.content(), other);
            out.add(new SourceMessage(role, text, ChatShapes.toolCalls(m.get("tool_calls"), mf + "/tool_calls"),
                    Nodes.text(m.get("tool_call_id"), mf + "/tool_call_id"), Nodes.text(m.get("name"), mf + "/name"), other));
        }
        return out;
    }

    private Rating rating(JsonNode object, String pointer) throws LineRejectedException {
        if (mapping.rating() == null) {
            return null;
        }
        JsonNode v = at(object, mapping.rating());
        String f = field(pointer, mapping.rating());
        if (!Nodes.present(v) || v.isTextual() && v.asText().isBlank()) {
            return null;
        }
        String text = Nodes.text(v, f).strip().toLowerCase(Locale.ROOT);
        if (mapping.mapsRatings()) {
            if (mapping.up().contains(text)) {
                return Rating.UP;
            }
            if (mapping.down().contains(text)) {
                return Rating.DOWN;
            }
            throw new LineRejectedException(f, "value is in neither rating_values.up nor rating_values.down");
        }
        Rating r = options.verdict(text, v.isNumber() || v.isBoolean() ? Nodes.number(v, f) : null);
        if (r == null) {
            throw new LineRejectedException(f, "is no rating (up/down, good/bad, thumbs_up/thumbs_down, a number; "
                    + "or map values with rating_values)");
        }
        return r;
    }

    private static JsonNode at(JsonNode object, JsonPointer path) {
        return object.at(path);
    }

    private static String field(String pointer, JsonPointer path) {
        return pointer + path;
    }
}
