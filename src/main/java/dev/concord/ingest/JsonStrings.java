package dev.concord.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Applies a text function to every string value inside a JSON text (object keys are left alone: they are the
 * schema, not data), so that redaction of tool-call arguments and tool schemas replaces personal data without
 * breaking the JSON around it or missing what an escape sequence hides. A text that is not JSON is passed to the
 * function whole. Returns the same instance when nothing changed.
 */
final class JsonStrings {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonStrings() {
    }

    static String map(String json, UnaryOperator<String> f) {
        if (json == null || json.isEmpty()) {
            return json;
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (IOException e) {
            return f.apply(json);
        }
        if (tree == null || !(tree.isContainerNode() || tree.isTextual())) {
            return f.apply(json);
        }
        if (tree.isTextual()) {
            String out = f.apply(tree.asText());
            return out == tree.asText() ? json : TextNode.valueOf(out).toString();
        }
        return mapIn(tree, f) ? tree.toString() : json;
    }

    private static boolean mapIn(JsonNode node, UnaryOperator<String> f) {
        boolean changed = false;
        if (node instanceof ObjectNode obj) {
            Iterator<Map.Entry<String, JsonNode>> it = obj.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isTextual()) {
                    String before = e.getValue().asText();
                    String after = f.apply(before);
                    if (after != before) {
                        e.setValue(TextNode.valueOf(after));
                        changed = true;
                    }
                } else {
                    changed |= mapIn(e.getValue(), f);
                }
            }
        } else if (node instanceof ArrayNode arr) {
            for (int i = 0; i < arr.size(); i++) {
                if (arr.get(i).isTextual()) {
                    String before = arr.get(i).asText();
                    String after = f.apply(before);
                    if (after != before) {
                        arr.set(i, TextNode.valueOf(after));
                        changed = true;
                    }
                } else {
                    changed |= mapIn(arr.get(i), f);
                }
            }
        }
        return changed;
    }
}
