package dev.concord.ui.common;

import dev.concord.model.CancelledException;
import dev.concord.store.StoreFailure;

import java.util.List;

/**
 * An error as the user reads it: a title, what happened, and what to do next; never a stack trace. Made from a
 * failure and what the app was doing ("opening sample.db"), or from the logs an import could not read.
 */
public record ErrorAdvice(String title, String happened, String next) {
    /** The advice for a failure while {@code doing} (a phrase: "opening concord.db"). */
    public static ErrorAdvice of(Throwable failure, String doing) {
        if (failure instanceof CancelledException) {
            return new ErrorAdvice("Cancelled", "You cancelled " + doing + ".", "Nothing was changed; start it again when you like.");
        }
        return switch (StoreFailure.of(failure)) {
            case NOT_A_DATABASE -> new ErrorAdvice("Not a Concord database",
                    "Concord could not read the database while " + doing + ": the file is not a Concord database, "
                            + "or it is damaged.",
                    "Open another database (File → Open database…) or restore this file from a backup. "
                            + "Concord has not changed the file.");
            case CONNECTION_LOST -> new ErrorAdvice("Connection to the database lost",
                    "The connection to the database broke while " + doing + ". What was saved before stays saved; "
                            + "this last step was not.",
                    "Check the network and that the database server runs, then try again. If it keeps failing, "
                            + "ask whoever runs the team database.");
            case REFUSED -> new ErrorAdvice("Not allowed for your role",
                    "The team database refused " + doing + ": your login's role does not allow it.",
                    "Ask an admin of the team database to do it, or to give you the role it needs (concord team add).");
            case OTHER -> new ErrorAdvice("Something went wrong",
                    "Concord could not finish " + doing + ": " + firstLine(failure) + ".",
                    "Try again. If it happens again, note what you did and tell the team that looks after Concord.");
        };
    }

    /** The advice for log files an import could not read ({@code file: reason} each). */
    public static ErrorAdvice unreadableLogs(List<String> fileErrors, boolean anythingImported) {
        return new ErrorAdvice(fileErrors.size() == 1 ? "A log could not be read" : fileErrors.size() + " logs could not be read",
                String.join("\n", fileErrors) + (anythingImported ? "\nThe other files were imported."
                        : "\nNothing was imported."),
                "Check that the file exists, that you may read it and that it is a JSON Lines log, "
                        + "then import it again (File → Import…).");
    }

    private static String firstLine(Throwable failure) {
        String m = failure.getMessage();
        if (m == null || m.isBlank()) {
            return failure.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        }
        String line = m.strip().lines().findFirst().orElse(m);
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
