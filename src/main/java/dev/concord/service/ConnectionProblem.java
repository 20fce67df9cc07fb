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
        String m = String.valueOf(failure.getMessage());
        String lower = m.toLowerCase(Locale.ROOT);
        String who = user == null || user.isBlank() ? "the login" : "login " + user.strip();
        if (lower.contains("password authentication failed") || lower.contains("no password was provided")
                || lower.contains("password-based authentication")) {
            return "Wrong password for " + who + " (or none given and none in ~/.pgpass).";
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
        return "Cannot connect to " + database + ": " + m;
    }
}
