package dev.concord.generate;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.util.List;

/**
 * One line of the simple shape: a question, its answer and (unless {@code rating} is null) the user's
 * feedback. Written as {@code "feedback":null} when there was none.
 *
 * @param rating true for a thumbs-up, false for a thumbs-down, null for no feedback
 */
record SimpleRecord(String id, long ts, String question, String answer, List<String> sources, Boolean rating,
                    String correction) {

    void writeFields(JsonGenerator g, IsoTimestamps t) throws IOException {
        g.writeStringField("id", id);
        t.writeField(g, ts);
        g.writeStringField("question", question);
        g.writeStringField("answer", answer);
        g.writeArrayFieldStart("sources");
        for (String s : sources) {
            g.writeString(s);
        }
        g.writeEndArray();
        if (rating == null) {
            g.writeNullField("feedback");
            return;
        }
        g.writeObjectFieldStart("feedback");
        g.writeStringField("rating", rating ? "up" : "down");
        if (correction == null) {
            g.writeNullField("correction");
        } else {
            g.writeStringField("correction", correction);
        }
        g.writeEndObject();
    }
}
