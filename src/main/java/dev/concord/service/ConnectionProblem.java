package dev.concord.service;

import java.util.Locale;

/**
 * What to tell a person whose connection to a team database failed, from the server's or driver's words: a wrong
 * password, a server that cannot be reached, a login the server does not know, a login not on this database's team.
 * Never repeats a password.
 */
public final class ConnectionProblem {
    private ConnectionProblem() {
    }

    /** One sentence for the person, naming the login and the database (as shown, without password). */
    public static String describe(String user, String database, Throwable failure) {
        return recognise(user, database, failure)
                .orElseGet(() -> "Cannot connect to " + database + ": " + failure.getMessage());
    }

    /** The sentence for a wrong password, an unreachable server, an unknown login or database, or a login not on
     * the team; empty for any other failure. */
    public static java.util.Optional<String> recognise(String user, String database, Throwable failure) {
        return java.util.Optional.ofNullable(sentence(user, database, failure));
    }

    private static String sentence(String user, String database, Throwable failure) {
        String m = String.valueOf(failure.getMessage());
        String lower = m.toLowerCase(Locale.ROOT);
        String who = user == null || user.isBlank() ? "the login" : "login " + user.strip();
        if (lower.contains("password authentication failed") || lower.contains("no password was provided")
                || lower.contains("password-based authentication")) {
            // A server that asks for passwords answers the same for an unknown login, so as not to reveal logins.
            return "Wrong password for " + who + ", or the server has no such login (with no password given, "
                    + "~/.pgpass is used).";
        }
        if (lower.contains("role") && lower.contains("does not exist")) {
            return "The server has no " + who + ": the database owner creates it with concord team add.";
        }
        if (lower.contains("database") && lower.contains("does not exist")) {
            return "The server has no such database: " + database + ".";
        }
        if (lower.contains("permission denied")) {
            return who.substring(0, 1).toUpperCase(Locale.ROOT) + who.substring(1) + " is not on the team of "
                    + database + ": the database owner adds it with concord team add.";
        }
        if (lower.contains("refused") || lower.contains("connection attempt failed") || lower.contains("unknownhost")
                || lower.contains("timed out") || lower.contains("unknown host")) {
            return "Cannot reach the server of " + database + ": check the host and port, and that it is running.";
        }
        return null;
    }
}
