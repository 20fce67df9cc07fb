package dev.concord.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * The support assistant's tools: {@code order_lookup(order_id)} and {@code kb_search(query)}. A generation that cites
 * {@code order_lookup:ORDER} looked the order up before answering; one that cites a help article found it with
 * {@code kb_search}. Call ids derive from the generation id, so the same options still give the same bytes.
 */
final class SupportTools {
    private static final String ORDER_LOOKUP = "order_lookup:";
    private static final String KB = "https://help.brightwell-home.example/articles/";
    static final String SCHEMAS = "[{\"type\":\"function\",\"function\":{\"name\":\"order_lookup\","
            + "\"description\":\"Look up an order by its number: items, parcels, delivery status.\","
            + "\"parameters\":{\"type\":\"object\",\"properties\":{\"order_id\":{\"type\":\"string\"}},"
            + "\"required\":[\"order_id\"]}}},"
            + "{\"type\":\"function\",\"function\":{\"name\":\"kb_search\","
            + "\"description\":\"Search the help-centre articles.\","
            + "\"parameters\":{\"type\":\"object\",\"properties\":{\"query\":{\"type\":\"string\"}},"
            + "\"required\":[\"query\"]}}}]";

    private SupportTools() {
    }

    static List<LogEvent.ToolUse> uses(String generationId, List<String> sources) {
        if (sources.isEmpty()) {
            return List.of();
        }
        List<LogEvent.ToolUse> out = new ArrayList<>(sources.size());
        for (String source : sources) {
            String callId = "call_" + generationId.replace("-", "") + "_" + out.size();
            if (source.startsWith(ORDER_LOOKUP)) {
                String order = source.substring(ORDER_LOOKUP.length());
                out.add(new LogEvent.ToolUse(callId, "order_lookup", "{\"order_id\":\"" + order + "\"}",
                        "{\"order_id\":\"" + order + "\",\"found\":true}"));
            } else if (source.startsWith(KB)) {
                String slug = source.substring(KB.length());
                out.add(new LogEvent.ToolUse(callId, "kb_search", "{\"query\":\"" + slug.replace('-', ' ') + "\"}",
                        "{\"articles\":[\"" + source + "\"]}"));
            }
        }
        return out;
    }
}
