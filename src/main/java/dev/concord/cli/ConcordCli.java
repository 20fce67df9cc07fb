package dev.concord.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code concord} command: headless ingest, queue, stats, generate and bench over the same core as the app. */
@Command(name = "concord", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        scope = CommandLine.ScopeType.INHERIT,
        description = "Turns AI agent logs into eval and training data people can trust.",
        subcommands = {IngestCommand.class, QueueCommand.class, StatsCommand.class, GenerateCommand.class,
                BenchCommand.class, ReviewsCommand.class, SkipsCommand.class, AgreementCommand.class, ExportCommand.class,
                DisagreementsCommand.class, TeamCommand.class, ForgetCommand.class, RedactCommand.class,
                RulesCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:unexpected internal error",
                "2:usage error (unknown option, missing argument), or refused: the viewer may not see this (not a lead), or the login's role on a team database does not allow it",
                "3:data error (a file missing or unreadable, lines rejected); good data still landed",
                "4:database error (cannot open or write the database)"})
public final class ConcordCli implements Runnable {
    /** Refused: the viewer may not see this, or the team database's role of the login does not allow it. */
    public static final int EXIT_REFUSED = 2;
    public static final int EXIT_DATA_ERROR = 3;
    public static final int EXIT_DATABASE_ERROR = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A command line with Concord's error handling: store failures exit 4, and nothing prints a stack trace. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ConcordCli());
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
            if (ex instanceof dev.concord.review.ReviewAccessException) {
                line.getErr().println("concord: " + ex.getMessage());
                return EXIT_REFUSED;
            }
            if (dev.concord.store.StoreFailure.of(ex) == dev.concord.store.StoreFailure.REFUSED) {
                line.getErr().println("concord: the database refused " + line.getCommandName() + ": your login's role "
                        + "does not allow it (concord team list shows the roles; an admin or the database's owner can)");
                return EXIT_REFUSED;
            }
            line.getErr().println("concord: " + ex.getMessage());
            return ex instanceof dev.concord.store.StoreException ? EXIT_DATABASE_ERROR : 1;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
