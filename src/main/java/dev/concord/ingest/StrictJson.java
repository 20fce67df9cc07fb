package dev.concord.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;

/**
 * The line-level rules of the log format: exactly one JSON object per line, nothing after it, and text that
 * is well-formed Unicode (no lone UTF-16 surrogate, as a backslash-u escape of d800 alone would give: it could not be stored).
 */
public final class StrictJson {
    private StrictJson() {
    }

    public static ObjectNode object(ObjectMapper mapper, byte[] bytes, int length) throws LineRejectedException {
        try (JsonParser p = mapper.createParser(bytes, 0, length)) {
            JsonNode node = mapper.readTree(p);
            if (node == null || !node.isObject()) {
                throw new LineRejectedException(null, "expected a JSON object");
            }
            JsonToken after;
            try {
                after = p.nextToken();
            } catch (JsonProcessingException e) {
                throw new LineRejectedException(null, "unexpected text after the JSON object" + near(e));
            }
            if (after == JsonToken.START_OBJECT) {
                throw new LineRejectedException(null, "two JSON objects on one line (one per line, please)");
            }
            if (after != null) {
                throw new LineRejectedException(null, "unexpected text after the JSON object near column "
                        + p.currentLocation().getColumnNr());
            }
            return (ObjectNode) node;
        } catch (JsonProcessingException e) {
            throw new LineRejectedException(null, "malformed JSON" + near(e));
        } catch (IOException e) {
            throw new LineRejectedException(null, "unreadable line");
        }
    }

    public static boolean isWellFormed(String text) {
        return loneSurrogateAt(text) < 0;
    }

    /** The text itself, if it holds no lone surrogate. */
    public static String wellFormed(String field, String text) throws LineRejectedException {
        int at = loneSurrogateAt(text);
        if (at >= 0) {
            throw new LineRejectedException(field, "lone UTF-16 surrogate (a \\u escape without its pair) at character "
                    + (at + 1));
        }
        return text;
    }

    private static int loneSurrogateAt(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    /** What a wrongly typed value is, in words. */
    public static String kind(JsonNode v) {
        if (v.isNumber()) {
            return "a number";
        }
        if (v.isBoolean()) {
            return "true/false";
        }
        if (v.isArray()) {
            return "a list";
        }
        return v.isObject() ? "an object" : "a " + v.getNodeType().name().toLowerCase();
    }

    private static String near(JsonProcessingException e) {
        long column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
        return column > 0 ? " near column " + column : "";
    }
}
