package dev.concord.cli;

import dev.concord.review.Reviewer;
import dev.concord.review.Skip;
import dev.concord.service.ReviewService;
import dev.concord.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "skips", description = {"Lists the items a reviewer skipped, most recent first, or takes one back so that "
        + "it is offered to them again.", "The reviewer is the one last picked by this computer user in the workbench, "
        + "unless --as names another."})
final class SkipsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DatabaseOption database = new DatabaseOption();

    @Mixin
    ViewerOption viewer = new ViewerOption();

    @Option(names = "--take-back", paramLabel = "ITEM", description = "take back the skip of this item")
    String takeBack;

    @Option(names = "--limit", defaultValue = "1000", paramLabel = "N", description = "list at most N skips (default: ${DEFAULT-VALUE})")
    int limit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Database db = database.open();
        Reviewer who = viewer.reviewer(db, spec.commandLine());
        try (ReviewService reviews = new ReviewService(db)) {
            if (takeBack != null) {
                try {
                    reviews.takeBack(who.id(), takeBack.strip());
                } catch (IllegalArgumentException e) {
                    spec.commandLine().getErr().println("error: " + e.getMessage() + " (" + who.name() + ")");
                    return ConcordCli.EXIT_DATA_ERROR;
                }
                out.printf("took back %s: it can be offered to %s again%n", takeBack.strip(), who.name());
                out.flush();
                return 0;
            }
            long total = reviews.skipCount(who.id());
            List<Skip> list = reviews.skips(who.id(), Math.max(1, limit));
            out.printf("%s skipped %,d item%s%n", who.name(), total, total == 1 ? "" : "s");
            if (!list.isEmpty()) {
                out.printf("%-28s %-20s  %s%n", "ID", "SKIPPED", "HEADLINE");
            }
            for (Skip s : list) {
                out.printf("%-28s %-20s  %s%n", s.itemId(), s.skippedAt().toString().substring(0, 19).replace('T', ' '),
                        clip(s.headline()));
            }
            if (total > list.size()) {
                out.printf("(%,d more; raise --limit)%n", total - list.size());
            }
            out.flush();
            return 0;
        }
    }

    private static String clip(String s) {
        String one = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return one.length() > 80 ? one.substring(0, 79) + "…" : one;
    }
}
