package dev.concord.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.concord.model.ProgressListener;
import dev.concord.model.SourceRef;

import java.io.InputStream;

/**
 * Streams the objects of a JSON document with Jackson's streaming parser: a top-level array is read element by element
 * (never loaded whole), as are the elements of a leading {@code "data"} list (an API page such as {@code {"data": [...],
 * "meta": {...}}}); other top-level objects, pretty-printed or not, one after another. Only one object is held at a
 * time. Malformed JSON ends the read of the file with a rejection naming its line and column: a streamed document
 * cannot be resynchronised after a syntax error.
 */
final class JsonStream {
    /** Receives each object with its JSON pointer and the line it starts on. */
    interface ObjectConsumer {
        void accept(ObjectNode object, String pointer, SourceRef where) throws Exception;
    }

    private final ObjectMapper mapper;
    private final String name;
    private final long size;
    private final ObjectConsumer consumer;
    private final LogFileReader.Handler handler;
    private final ProgressListener progress;
    private long objects;
    private long rejected;

    JsonStream(ObjectMapper mapper, String name, long size, ObjectConsumer consumer, LogFileReader.Handler handler,
               ProgressListener progress) {
        this.mapper = mapper;
        this.name = name;
        this.size = size;
        this.consumer = consumer;
        this.handler = handler;
        this.progress = progress;
    }

    /** Reads the stream to its end; returns how many objects it held and how many were rejected. */
    long[] read(InputStream in) throws Exception {
        try (JsonParser p = mapper.getFactory().createParser(in)) {
            try {
                for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                    if (t == JsonToken.START_ARRAY) {
                        elements(p, "");
                    } else if (t == JsonToken.START_OBJECT) {
                        object(p);
                    } else {
                        reject(where(p), "expected JSON objects or a list of them, not a bare value");
                    }
                }
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                reject(new SourceRef(name, at == null ? 0 : at.getLineNr()), "malformed JSON" + (at == null ? ""
                        : " near line " + at.getLineNr() + " column " + at.getColumnNr()) + "; the rest of the file is not read");
            }
        }
        progress.progress(size, size, name);
        return new long[] {objects, rejected};
    }

    private void elements(JsonParser p, String pointer) throws Exception {
        long i = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), i++) {
            if (t == null) {
                throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected end of the list");
            }
            SourceRef where = where(p);
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                reject(where, "at " + pointer + "/" + i + ": expected an object");
                continue;
            }
            deliver(mapper.readTree(p), pointer + "/" + i, where, p);
        }
    }

    private void object(JsonParser p) throws Exception {
        SourceRef where = where(p);
        ObjectNode obj = mapper.createObjectNode();
        boolean page = false;
        boolean first = true;
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (first && "data".equals(field) && value == JsonToken.START_ARRAY) {
                page = true;
                elements(p, "/data");
            } else if (page) {
                p.skipChildren();
            } else {
                obj.set(field, mapper.readTree(p));
            }
            first = false;
        }
        if (!page) {
            deliver(obj, "", where, p);
        }
    }

    private void deliver(com.fasterxml.jackson.databind.JsonNode node, String pointer, SourceRef where, JsonParser p)
            throws Exception {
        objects++;
        try {
            consumer.accept((ObjectNode) node, pointer, where);
        } catch (LineRejectedException e) {
            reject(where, (pointer.isEmpty() || e.field() != null ? "" : "at " + pointer + ": ") + e.getMessage());
        }
        if ((objects & 255) == 0) {
            progress.checkCancelled();
            progress.progress(p.currentLocation().getByteOffset(), size, name);
        }
    }

    private void reject(SourceRef where, String reason) {
        rejected++;
        handler.rejected(where, reason);
    }

    private SourceRef where(JsonParser p) {
        return new SourceRef(name, p.currentTokenLocation().getLineNr());
    }
}
