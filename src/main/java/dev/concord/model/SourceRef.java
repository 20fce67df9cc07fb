package dev.concord.model;

/** Where something came from: a file name and a 1-based line number. */
public record SourceRef(String file, long line) {
    @Override
    public String toString() {
        return file + ":" + line;
    }
}
