package dev.concord.export;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.concord.model.EvaluatorScore;

import java.io.IOException;
import java.util.List;

/**
 * The evaluator scores of an eval row's generation, as metadata: {@code "evaluator_scores": [{"name", "value",
 * "label", "source", "comment"}]}, absent fields left out, nothing written when there are none. Scores are no
 * review: they never decide a row's label and are not counted as agreement.
 */
final class ScoreJson {
    static final String FIELD = "evaluator_scores";

    /** Where an export finds the scores of a generation. */
    @FunctionalInterface
    interface Lookup {
        Lookup NONE = generation -> List.of();

        List<EvaluatorScore> of(String generation);
    }

    private ScoreJson() {
    }

    static void write(JsonGenerator g, List<EvaluatorScore> scores) throws IOException {
        if (scores.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(FIELD);
        for (EvaluatorScore s : scores) {
            g.writeStartObject();
            g.writeStringField("name", s.name());
            if (s.value() != null) {
                g.writeNumberField("value", s.value());
            }
            optional(g, "label", s.label());
            optional(g, "source", s.source());
            optional(g, "comment", s.comment());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void optional(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }
}
