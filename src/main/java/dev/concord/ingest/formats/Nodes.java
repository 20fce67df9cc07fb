package dev.concord.ingest.formats;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concord.ingest.EventParser;
import dev.concord.ingest.LineRejectedException;
import dev.concord.ingest.StrictJson;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Reading fields of source objects. Errors name the field by its JSON pointer in the file and never echo content.
 */
final class Nodes {
    private static final Pattern NO_OFFSET = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,20}");

    private Nodes() {
    }

    static boolean present(JsonNode v) {
        return v != null && !v.isNull() && !v.isMissingNode();
    }

    /** A string field (numbers and true/false are taken as their text), or null when absent. */
    static String text(JsonNode v, String field) throws LineRejectedException {
        if (!present(v)) {
            return null;
        }
        if (v.isTextual()) {
            return StrictJson.wellFormed(field, v.asText());
        }
        if (v.isNumber() || v.isBoolean()) {
            return v.asText();
        }
        throw new LineRejectedException(field, "must be a string, not " + StrictJson.kind(v));
    }

    static String required(JsonNode v, String field) throws LineRejectedException {
        String s = text(v, field);
        if (s == null || s.isEmpty()) {
            throw new LineRejectedException(field, "missing");
        }
        return s;
    }

    /** The first present field of {@code obj} among {@code names}, as text; null if none. */
    static String firstText(JsonNode obj, String pointer, String... names) throws LineRejectedException {
        for (String n : names) {
            JsonNode v = obj == null ? null : obj.get(n);
            if (present(v)) {
                return text(v, pointer + "/" + n);
            }
        }
        return null;
    }

    /**
     * A point in time: ISO-8601 text (without an offset it is taken as UTC, as LangSmith writes it), or a number or
     * string of digits counted from 1970 in seconds, milliseconds, microseconds or nanoseconds (told apart by size).
     */
    static Instant instant(JsonNode v, String field) throws LineRejectedException {
        if (!present(v)) {
            throw new LineRejectedException(field, "missing");
        }
        if (v.isNumber() || (v.isTextual() && DIGITS.matcher(v.asText()).matches())) {
            BigDecimal n = v.isNumber() ? v.decimalValue() : new BigDecimal(v.asText());
            return EventParser.inRange(field, fromEpoch(n));
        }
        if (!v.isTextual()) {
            throw new LineRejectedException(field, "must be a timestamp, not " + StrictJson.kind(v));
        }
        String raw = v.asText().strip();
        if (NO_OFFSET.matcher(raw).matches()) {
            raw = raw.replace(' ', 'T') + "Z";
        }
        return EventParser.timestamp(field, raw);
    }

    /** As {@link #instant}, or null when the field is absent. */
    static Instant instantOrNull(JsonNode v, String field) throws LineRejectedException {
        return present(v) ? instant(v, field) : null;
    }

    private static Instant fromEpoch(BigDecimal n) {
        double abs = Math.abs(n.doubleValue());
        long nanosPerUnit = abs >= 1e17 ? 1 : abs >= 1e14 ? 1_000 : abs >= 1e11 ? 1_000_000 : 1_000_000_000;
        BigDecimal nanos = n.multiply(BigDecimal.valueOf(nanosPerUnit));
        BigDecimal[] parts = nanos.divideAndRemainder(BigDecimal.valueOf(1_000_000_000));
        return Instant.ofEpochSecond(parts[0].longValue(), parts[1].longValue());
    }

    /** A number field (or a string holding one), or null when absent. */
    static Double number(JsonNode v, String field) throws LineRejectedException {
        if (!present(v)) {
            return null;
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        if (v.isBoolean()) {
            return v.asBoolean() ? 1.0 : 0.0;
        }
        if (v.isTextual()) {
            try {
                return Double.parseDouble(v.asText().strip());
            } catch (NumberFormatException e) {
                throw new LineRejectedException(field, "must be a number");
            }
        }
        throw new LineRejectedException(field, "must be a number, not " + StrictJson.kind(v));
    }

    /** Escapes a key for a JSON pointer ({@code ~} and {@code /}). */
    static String key(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
