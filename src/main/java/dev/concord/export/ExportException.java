package dev.concord.export;

/** An export cannot start or finish for a reason the user can fix (a bad policy file, a wrong target folder). */
public class ExportException extends RuntimeException {
    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
