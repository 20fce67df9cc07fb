package dev.concord.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells a log's format and layout from the first bytes of the file (its head): the field names of its first objects
 * say which source wrote it, and the first line says whether it is JSONL or one JSON document (a top-level array, or
 * pretty-printed objects).
 */
final class FormatDetector {
    /** How many objects of the head are looked at before giving up. */
    private static final int OBJECTS = 5;
    private static final List<String> CONCORD_TYPES = List.of("generation", "regenerate", "feedback", "edit", "copy",
            "session_end");
    private static final List<String> LANGFUSE_TYPES = List.of("GENERATION", "SPAN", "EVENT", "AGENT", "TOOL", "CHAIN",
            "RETRIEVER", "EMBEDDING", "EVALUATOR", "GUARDRAIL");
    private static final JsonFactory JSON = new JsonFactory();

    /** Whether the file is read line by line or as one streamed JSON document. */
    enum Layout { JSONL, DOCUMENT }

    private FormatDetector() {
    }

    /** The format of the head's first objects, or null if none of them is recognised. */
    static LogFormat detect(byte[] head, int length) {
        try (JsonParser p = JSON.createParser(head, 0, length)) {
            int seen = 0;
            for (JsonToken t = p.nextToken(); t != null && seen < OBJECTS; t = p.nextToken()) {
                if (t == JsonToken.START_OBJECT) {
                    seen++;
                    LogFormat f = classify(p);
                    if (f != null) {
                        return f;
                    }
                } else if (t != JsonToken.START_ARRAY && t != JsonToken.END_ARRAY) {
                    return null;
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    /** Reads the top-level fields of the object the parser is at (to its end, or the end of the head). */
    private static LogFormat classify(JsonParser p) throws IOException {
        Set<String> keys = new HashSet<>();
        String type = null;
        try {
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String key = p.currentName();
                JsonToken v = p.nextToken();
                if ("data".equals(key) && v == JsonToken.START_ARRAY && keys.isEmpty()) {
                    return p.nextToken() == JsonToken.START_OBJECT ? classify(p) : null;
                }
                keys.add(key);
                if ("type".equals(key) && v == JsonToken.VALUE_STRING) {
                    type = p.getText();
                }
                p.skipChildren();
                LogFormat early = decisive(keys);
                if (early != null) {
                    return early;
                }
            }
        } catch (IOException e) {
            // the head ends inside this object: decide on the fields read so far
        }
        return classify(keys, type);
    }

    private static LogFormat decisive(Set<String> keys) {
        if (keys.contains("resourceSpans") || keys.contains("span_kind")) {
            return LogFormat.OTEL;
        }
        if (keys.contains("run_type") || keys.contains("dotted_order")) {
            return LogFormat.LANGSMITH;
        }
        if (keys.contains("htmlPath") || keys.contains("observations")) {
            return LogFormat.LANGFUSE;
        }
        return null;
    }

    static LogFormat classify(Set<String> keys, String type) {
        LogFormat f = decisive(keys);
        if (f != null) {
            return f;
        }
        if (type != null && CONCORD_TYPES.contains(type) || !keys.contains("type")
                && (keys.contains("question") || keys.contains("answer"))) {
            return LogFormat.CONCORD;
        }
        if (keys.contains("key") && (keys.contains("run_id") || keys.contains("feedback_source"))) {
            return LogFormat.LANGSMITH;
        }
        if (keys.contains("traceId") && (keys.contains("dataType") || type != null && LANGFUSE_TYPES.contains(type))
                || keys.contains("sessionId") && keys.contains("projectId")) {
            return LogFormat.LANGFUSE;
        }
        if (keys.contains("context") && keys.contains("attributes")) {
            return LogFormat.OTEL;
        }
        return null;
    }

    /**
     * JSONL unless the head starts with {@code [}, or its first line is the opening of an object that goes on past
     * the line (pretty-printed JSON). A first line that is bad JSON for another reason stays JSONL, so that it is
     * rejected alone and the good lines after it are read.
     */
    static Layout layout(byte[] head, int length) {
        int i = 0;
        if (length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            i = 3;
        }
        while (i < length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        if (i < length && head[i] == '[') {
            return Layout.DOCUMENT;
        }
        int end = i;
        while (end < length && head[end] != '\n') {
            end++;
        }
        if (end == length) {
            return Layout.JSONL;
        }
        try (JsonParser p = JSON.createParser(head, i, end - i)) {
            while (p.nextToken() != null) {
                if (p.getParsingContext().inRoot()) {
                    return Layout.JSONL;
                }
            }
            return Layout.JSONL;
        } catch (JsonEOFException e) {
            return Layout.DOCUMENT;
        } catch (IOException e) {
            return Layout.JSONL;
        }
    }
}
