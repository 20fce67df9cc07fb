package dev.concord.cli;

import dev.concord.service.QueueService;
import dev.concord.store.Database;
import dev.concord.store.StoreStats;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "stats", description = "Counts what the database holds: sessions, events, flagged items, candidates.")
final class StatsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DatabaseOption database = new DatabaseOption();

    @Override
    public Integer call() {
        Database db = database.open();
        StoreStats s = new QueueService(db).stats();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("database:      %s%n", db.displayName());
        out.printf("ingest runs:   %d%n", s.ingestRuns());
        out.printf("sessions:      %d%n", s.sessions());
        out.printf("generations:   %d%n", s.generations());
        section(out, "signals", s.signalsByKind());
        section(out, "session ends", s.sessionsByOutcome());
        out.printf("flagged items: %d%n", s.flaggedItems());
        section(out, "flagged by reason", s.flaggedByReason());
        section(out, "candidates", s.candidatesByKind());
        out.flush();
        return 0;
    }

    private static void section(PrintWriter out, String title, Map<String, Long> counts) {
        out.println(title + ":");
        counts.forEach((k, v) -> out.printf("  %-24s %d%n", k, v));
    }
}
