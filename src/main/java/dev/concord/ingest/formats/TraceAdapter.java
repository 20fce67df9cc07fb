package dev.concord.ingest.formats;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.concord.model.SourceRef;

/**
 * Turns the objects of one trace format into Concord events. One adapter reads one file, object after object, so it
 * may remember (a bounded amount) across objects, such as the last generation of each trace.
 */
public interface TraceAdapter {
    /**
     * Converts one top-level object of the file.
     *
     * @param pointer the object's JSON pointer in the file ({@code ""} for a JSONL line, {@code "/3"} for the fourth
     *                element of a top-level array): every field named in an error starts with it
     * @param where   the file and line the object starts on, recorded with every event
     */
    void convert(ObjectNode object, String pointer, SourceRef where, Sink out) throws Exception;
}
