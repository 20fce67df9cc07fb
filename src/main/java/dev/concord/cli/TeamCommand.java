package dev.concord.cli;

import dev.concord.review.TeamMember;
import dev.concord.review.TeamRole;
import dev.concord.service.TeamService;
import dev.concord.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code concord team}: a PostgreSQL database for a team, whose roles the database itself enforces. */
@Command(name = "team", description = {"A team database on PostgreSQL: roles (reviewer, lead, admin) enforced by the"
        + " database, one login per person; a session's reviewer is its login.",
        "init, add and remove are run by the database owner (a role that may create roles)."},
        subcommands = {TeamCommand.Init.class, TeamCommand.Add.class, TeamCommand.ListMembers.class,
                TeamCommand.Remove.class})
final class TeamCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "init", description = "Migrates the schema and creates the group roles <database>_reviewer,"
            + " <database>_lead and <database>_admin with their grants and row-level security (safe to run again).")
    static final class Init implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DatabaseOption database = new DatabaseOption();

        @Override
        public void run() {
            Database db = database.open();
            String prefix = new TeamService(db).init();
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%s is a team database: roles %s_reviewer, %s_lead, %s_admin%n", db.displayName(), prefix,
                    prefix, prefix);
            out.println("next: concord team add NAME [--lead|--admin] --db URL for each person");
            out.flush();
        }
    }

    @Command(name = "add", description = {"Adds a person: a PostgreSQL login named NAME (unless the server has one)"
            + " and their reviewer record; run again to change their role.",
            "The password comes from --password-file or is asked for without echo; it is never shown or logged."})
    static final class Add implements java.util.concurrent.Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DatabaseOption database = new DatabaseOption();
        @Parameters(index = "0", paramLabel = "NAME", description = "the login, also the reviewer's name")
        String name;
        @ArgGroup(exclusive = true)
        RoleFlags role = new RoleFlags();
        @Option(names = "--password-file", paramLabel = "FILE", description = "read the new login's password from the"
                + " first line of FILE")
        Path passwordFile;

        @Override
        public Integer call() {
            Database db = database.openFor("team add", null);
            TeamService team = new TeamService(db);
            TeamMember m;
            char[] password;
            try {
                password = team.loginExists(name) ? null : password();
                m = team.add(name, role.role(), password);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%s is a %s on %s%s%n", m.login(), m.role().word(), db.displayName(),
                    password == null ? " (existing login, password unchanged)" : "");
            out.flush();
            return 0;
        }

        private char[] password() {
            if (passwordFile != null) {
                try {
                    List<String> lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
                    if (lines.isEmpty() || lines.get(0).isEmpty()) {
                        throw new CommandLine.ParameterException(spec.commandLine(), "--password-file: "
                                + passwordFile + " line 1: the password is empty");
                    }
                    return lines.get(0).toCharArray();
                } catch (IOException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--password-file: cannot read "
                            + passwordFile + ": " + e.getMessage());
                }
            }
            Console console = System.console();
            if (console == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "a new login needs a password: give"
                        + " --password-file FILE, or run in a terminal to be asked");
            }
            char[] first = console.readPassword("password for %s: ", name);
            char[] again = console.readPassword("again: ");
            if (first == null || first.length == 0 || !java.util.Arrays.equals(first, again)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "the passwords are empty or differ");
            }
            return first;
        }
    }

    static final class RoleFlags {
        @Option(names = "--lead", description = "also reads every review and decides disagreements")
        boolean lead;
        @Option(names = "--admin", description = "also ingests, exports, changes the label set, overlap and policy")
        boolean admin;

        TeamRole role() {
            return admin ? TeamRole.ADMIN : lead ? TeamRole.LEAD : TeamRole.REVIEWER;
        }
    }

    @Command(name = "list", description = "Lists who logs in to this team database, with their role.")
    static final class ListMembers implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DatabaseOption database = new DatabaseOption();

        @Override
        public void run() {
            List<TeamMember> members = new TeamService(database.open()).members();
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-32s %s%n", "LOGIN", "ROLE");
            for (TeamMember m : members) {
                out.printf("%-32s %s%n", m.login(), m.role().word());
            }
            out.flush();
        }
    }

    @Command(name = "remove", description = "Takes a person off this team database: they can no longer log in to it;"
            + " their reviews stay, attributed to them.")
    static final class Remove implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DatabaseOption database = new DatabaseOption();
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public void run() {
            Database db = database.openFor("team remove", null);
            boolean dropped = new TeamService(db).remove(name);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%s removed from %s; their reviews stay%s%n", name.strip(), db.displayName(),
                    dropped ? "; login dropped" : "; login kept (not created by concord team add, or in other roles)");
            out.flush();
        }
    }
}
