package dev.concord.cli;

import dev.concord.review.TeamRole;
import dev.concord.redact.RuleFileException;
import dev.concord.service.ForgetService;
import dev.concord.store.Database;
import dev.concord.store.ErasedCounts;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;

@Command(name = "forget", description = {
        "Erases a user's sessions, a session, or every session whose stored text contains TEXT, with everything derived",
        "from them (events, flagged items, candidates, reviews and decisions of those items), in one transaction.",
        "Records a tombstone (a keyed hash, not the value) so a later ingest of the same log does not bring them back.",
        "Idempotent. Prints counts only, never the erased content."})
final class ForgetCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DatabaseOption database = new DatabaseOption();

    @Mixin
    RulesOption rules = new RulesOption();

    @ArgGroup(multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--user", paramLabel = "U", description = "the value of the events' user field")
        String user;

        @Option(names = "--session", paramLabel = "S", description = "a session id, as in the log (or as Concord shows it)")
        String session;

        @Option(names = "--matching", paramLabel = "TEXT", description = "every session whose stored text contains TEXT (ignoring case)")
        String matching;
    }

    @Option(names = "--dry-run", description = "count what would be erased; change nothing")
    boolean dryRun;

    @Override
    public Integer call() {
        Database db = database.openFor("forget", TeamRole.ADMIN);
        ForgetService service;
        try {
            service = new ForgetService(db, rules.redactor(db), Clock.systemUTC());
        } catch (RuleFileException e) {
            spec.commandLine().getErr().println("concord: " + e.getMessage());
            return ConcordCli.EXIT_DATA_ERROR;
        }
        ForgetService.Target t = target.user != null ? new ForgetService.Target.User(target.user)
                : target.session != null ? new ForgetService.Target.Session(target.session)
                : new ForgetService.Target.Matching(target.matching);
        ForgetService.Result r;
        try {
            r = dryRun ? service.preview(t) : service.forget(t);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        ErasedCounts n = r.erased();
        out.println(dryRun ? "would erase:" : "erased:");
        out.printf("  sessions:   %d%n", n.sessions());
        out.printf("  events:     %d%n", n.events());
        out.printf("  items:      %d%n", n.items());
        out.printf("  candidates: %d%n", n.candidates());
        out.printf("  reviews:    %d%n", n.reviews());
        if (r.redactedText()) {
            out.println("note: the text holds personal data, which was redacted before anything was stored;"
                    + " stored texts hold its placeholder instead");
        }
        if (!dryRun && (target.matching == null || n.sessions() > 0)) {
            out.println("tombstone recorded: a later ingest of the same log skips what was forgotten");
        }
        out.flush();
        return 0;
    }
}
