package dev.concord.ingest.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.concord.ingest.LineRejectedException;
import dev.concord.ingest.MessageParser;

/** The functions a model was offered, as a trace source records them, in the shape Concord stores. */
final class ToolDefinitions {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private ToolDefinitions() {
    }

    /**
     * The tools as {@link MessageParser#tools} keeps them: OpenAI {@code {"type":"function","function":{...}}} objects
     * are kept, the flat {@code {"type":"function","name","description","parameters"}} of OpenTelemetry's
     * {@code gen_ai.tool.definitions} is wrapped; null when absent or empty.
     */
    static String of(JsonNode tools, String field) throws LineRejectedException {
        if (!Nodes.present(tools)) {
            return null;
        }
        if (tools.isTextual() && tools.asText().strip().startsWith("[")) {
            try {
                return of(MAPPER.readTree(tools.asText()), field);
            } catch (JsonProcessingException e) {
                throw new LineRejectedException(field, "holds malformed JSON");
            }
        }
        if (!tools.isArray()) {
            throw new LineRejectedException(field, "must be a list of function definitions");
        }
        ArrayNode out = JsonNodeFactory.instance.arrayNode(tools.size());
        for (JsonNode t : tools) {
            if (t.isObject() && !t.has("function") && "function".equals(t.path("type").asText())) {
                ObjectNode bare = t.deepCopy();
                bare.remove("type");
                ObjectNode wrapped = out.addObject();
                wrapped.put("type", "function");
                wrapped.set("function", bare);
            } else {
                out.add(t);
            }
        }
        return MessageParser.tools(field, out);
    }
}
