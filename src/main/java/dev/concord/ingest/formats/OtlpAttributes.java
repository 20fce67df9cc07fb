package dev.concord.ingest.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.concord.ingest.LineRejectedException;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The attributes of one span or span event as plain JSON values by key: OTLP JSON's {@code [{key, value: {stringValue
 * ...}}]} list, or an object of attributes (nested or with dotted keys) as OpenInference's JSON spans write them.
 */
final class OtlpAttributes {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern INDEXED = Pattern.compile("(\\d+)\\.(.+)");
    private final Map<String, JsonNode> values = new HashMap<>();
    private final String field;

    private OtlpAttributes(String field) {
        this.field = field;
    }

    static OtlpAttributes of(JsonNode attributes, String field) throws LineRejectedException {
        OtlpAttributes a = new OtlpAttributes(field);
        if (!Nodes.present(attributes)) {
            return a;
        }
        if (attributes.isArray()) {
            for (int i = 0; i < attributes.size(); i++) {
                JsonNode kv = attributes.get(i);
                String key = Nodes.required(kv.get("key"), field + "/" + i + "/key");
                a.values.put(key, value(kv.get("value")));
            }
        } else if (attributes.isObject()) {
            a.flatten("", attributes);
        } else {
            throw new LineRejectedException(field, "must be a list of {key, value} attributes");
        }
        return a;
    }

    private void flatten(String prefix, JsonNode node) {
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = prefix + e.getKey();
            JsonNode v = e.getValue();
            if (v.isObject() && !key.endsWith("messages")) {
                flatten(key + ".", v);
            } else {
                values.put(key, v);
            }
        }
    }

    /** An OTLP AnyValue as a plain JSON value. */
    static JsonNode value(JsonNode any) {
        if (!Nodes.present(any)) {
            return NODES.nullNode();
        }
        if (any.has("stringValue")) {
            return any.get("stringValue");
        }
        if (any.has("intValue")) {
            JsonNode v = any.get("intValue");
            return v.isTextual() ? NODES.numberNode(Long.parseLong(v.asText())) : v;
        }
        if (any.has("doubleValue")) {
            return any.get("doubleValue");
        }
        if (any.has("boolValue")) {
            return any.get("boolValue");
        }
        if (any.has("bytesValue")) {
            return any.get("bytesValue");
        }
        if (any.has("arrayValue")) {
            ArrayNode out = NODES.arrayNode();
            for (JsonNode v : any.get("arrayValue").path("values")) {
                out.add(value(v));
            }
            return out;
        }
        if (any.has("kvlistValue")) {
            ObjectNode out = NODES.objectNode();
            for (JsonNode kv : any.get("kvlistValue").path("values")) {
                out.set(kv.path("key").asText(), value(kv.get("value")));
            }
            return out;
        }
        return NODES.nullNode();
    }

    JsonNode get(String key) {
        return values.get(key);
    }

    String text(String key) throws LineRejectedException {
        return Nodes.text(values.get(key), pointer(key));
    }

    Double number(String key) throws LineRejectedException {
        return Nodes.number(values.get(key), pointer(key));
    }

    String pointer(String key) {
        return field + "/" + Nodes.key(key);
    }

    /**
     * A value that a source records as JSON: either structured already, or a string holding JSON (as
     * {@code gen_ai.input.messages} is on most exporters).
     */
    JsonNode json(String key, com.fasterxml.jackson.databind.ObjectMapper mapper) throws LineRejectedException {
        JsonNode v = values.get(key);
        if (v != null && v.isTextual()) {
            String s = v.asText().strip();
            if (s.startsWith("[") || s.startsWith("{")) {
                try {
                    return mapper.readTree(s);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new LineRejectedException(pointer(key), "holds malformed JSON");
                }
            }
        }
        return v;
    }

    /**
     * The items of an indexed group ({@code prefix.N.rest}, flattened, or {@code prefix} holding a list of objects),
     * by index, each as a map from {@code rest} (with dots) to its value.
     */
    TreeMap<Integer, Map<String, JsonNode>> group(String prefix) {
        TreeMap<Integer, Map<String, JsonNode>> out = new TreeMap<>();
        JsonNode nested = values.get(prefix);
        if (nested != null && nested.isArray()) {
            for (int i = 0; i < nested.size(); i++) {
                Map<String, JsonNode> item = new HashMap<>();
                flattenInto(item, "", nested.get(i));
                out.put(i, item);
            }
        }
        String start = prefix + ".";
        for (Map.Entry<String, JsonNode> e : values.entrySet()) {
            if (e.getKey().startsWith(start)) {
                Matcher m = INDEXED.matcher(e.getKey().substring(start.length()));
                if (m.matches() && m.group(1).length() < 9) {
                    out.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new HashMap<>()).put(m.group(2), e.getValue());
                }
            }
        }
        return out;
    }

    private static void flattenInto(Map<String, JsonNode> into, String prefix, JsonNode node) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                flattenInto(into, prefix + e.getKey() + ".", e.getValue());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flattenInto(into, prefix + i + ".", node.get(i));
            }
        } else {
            into.put(prefix.substring(0, prefix.length() - 1), node);
        }
    }
}
