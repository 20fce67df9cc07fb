package dev.concord.export;

import dev.concord.curate.Example;

import java.io.IOException;

/** Where kept rows go: the export's files, or nowhere (a preview only counts). */
public interface RowSink {
    RowSink DISCARD = (example, weight) -> { };

    /** @param weight the recency weight (train rows), ignored for eval rows */
    void write(Example example, double weight) throws IOException;
}
