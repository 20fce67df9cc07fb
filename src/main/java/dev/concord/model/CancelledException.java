package dev.concord.model;

/** Thrown inside a unit of work when the user cancelled it; the transaction is rolled back. */
public class CancelledException extends RuntimeException {
    public CancelledException() {
        super("cancelled");
    }
}
