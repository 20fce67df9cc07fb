package dev.concord.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concord.agreement.LabelScale;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the project's label set (a JSON value in the {@code settings} table) as a {@link LabelScale}.
 *
 * <p>Accepted shapes: a list of label names ({@code ["good", "off-task"]}); a list of objects naming each
 * label in {@code id} (what reviews store; the review workbench writes {@code {"key","id","name"}}), else in
 * {@code name} or {@code label} (other fields such as {@code key} are ignored); or an object with such
 * a list under {@code labels} and, optionally, the level of measurement under {@code scale}
 * ({@code "nominal"}, {@code "ordinal"}, {@code "interval"}) or {@code ordered: true} (ordinal). An interval
 * scale takes each label's number from {@code value}, or from the label itself when it is a number. Labels are
 * nominal unless the JSON says otherwise.
 */
public final class LabelSetReader {
    /** The settings key under which the review workbench keeps the project's label set. */
    public static final String SETTINGS_KEY = "review.labels";

    private static final ObjectMapper JSON = new ObjectMapper();

    private LabelSetReader() {
    }

    /**
     * Parses a label set.
     *
     * @throws IllegalArgumentException with a plain-words reason when the JSON is not a label set
     */
    public static LabelScale parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new IllegalArgumentException("empty value");
        }
        JsonNode list = root.isObject() ? root.get("labels") : root;
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new IllegalArgumentException("expected a non-empty list of labels");
        }
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        boolean allValued = true;
        for (JsonNode entry : list) {
            String name = entry.isObject() ? text(firstOf(entry, "id", "name", "label")) : text(entry);
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("label " + (names.size() + 1) + " has no name");
            }
            names.add(name);
            JsonNode value = entry.isObject() ? entry.get("value") : null;
            allValued &= value != null && value.isNumber();
            values.add(value != null && value.isNumber() ? value.asDouble() : null);
        }
        LabelScale.Kind kind = kind(root);
        return switch (kind) {
            case NOMINAL -> LabelScale.nominal(names);
            case ORDINAL -> LabelScale.ordinal(names);
            case INTERVAL -> allValued ? LabelScale.interval(names, values) : LabelScale.numeric(names);
        };
    }

    private static LabelScale.Kind kind(JsonNode root) {
        if (!root.isObject()) {
            return LabelScale.Kind.NOMINAL;
        }
        JsonNode scale = root.get("scale");
        if (scale != null && scale.isTextual()) {
            try {
                return LabelScale.Kind.valueOf(scale.asText().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown scale '" + scale.asText()
                        + "' (expected nominal, ordinal or interval)", e);
            }
        }
        JsonNode ordered = root.get("ordered");
        return ordered != null && ordered.asBoolean(false) ? LabelScale.Kind.ORDINAL : LabelScale.Kind.NOMINAL;
    }

    private static JsonNode firstOf(JsonNode entry, String... fields) {
        for (String field : fields) {
            if (entry.hasNonNull(field)) {
                return entry.get(field);
            }
        }
        return null;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
    }
}
