package dev.concord.ingest;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;

/**
 * The last few {@code tools} lists a parser read, with the JSON text {@link MessageParser#tools} made of each: a
 * generation's tools repeat on every turn of its session, so a repeat is recognised by walking the two trees
 * instead of checking and writing the list again. Two trees count as the same only when they would be written
 * the same: keys in the same order, values of the same node class and equal. Not thread-safe: one per parser.
 */
final class RecentTools {
    private static final int SIZE = 8;
    private final JsonNode[] nodes = new JsonNode[SIZE];
    private final String[] texts = new String[SIZE];
    private int next;

    /** As {@link MessageParser#tools}{@code ("tools", node)}. */
    String tools(JsonNode node) throws LineRejectedException {
        if (node != null && node.isArray()) {
            for (int i = 0; i < SIZE; i++) {
                if (nodes[i] != null && same(nodes[i], node)) {
                    return texts[i];
                }
            }
        }
        String text = MessageParser.tools("tools", node);
        if (node != null && node.isArray()) {
            nodes[next] = node;
            texts[next] = text;
            next = (next + 1) % SIZE;
        }
        return text;
    }

    /** Whether the two trees are written as the same JSON text. */
    static boolean same(JsonNode a, JsonNode b) {
        if (a == b) {
            return true;
        }
        if (a.getClass() != b.getClass() || a.size() != b.size()) {
            return false;
        }
        if (a.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> i = a.fields();
            Iterator<Map.Entry<String, JsonNode>> j = b.fields();
            while (i.hasNext()) {
                Map.Entry<String, JsonNode> x = i.next();
                Map.Entry<String, JsonNode> y = j.next();
                if (!x.getKey().equals(y.getKey()) || !same(x.getValue(), y.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (a.isArray()) {
            for (int k = 0; k < a.size(); k++) {
                if (!same(a.get(k), b.get(k))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }
}
