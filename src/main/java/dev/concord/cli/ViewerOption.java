package dev.concord.cli;

import dev.concord.review.Viewer;
import dev.concord.service.ReviewerService;
import dev.concord.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The shared {@code --as} option of commands that output per-item reviews: whose eyes to look through. Without
 * it, the reviewer the app remembers for this computer user in that database; with neither, the command refuses
 * (exit 2) and says how to name one.
 */
final class ViewerOption {
    @Option(names = "--as", paramLabel = "NAME",
            description = "look as this reviewer (default: the reviewer the app remembers for this computer user);"
                    + " a reviewer sees others' reviews only of items they have reviewed, a lead sees all")
    String as;

    /**
     * The viewer for the command.
     *
     * @throws CommandLine.ParameterException (exit 2) when no reviewer is named or remembered, or the name is unknown
     */
    Viewer resolve(Database db, CommandLine cl) {
        ReviewerService reviewers = new ReviewerService(db);
        if (as != null) {
            return Viewer.of(reviewers.named(as).orElseThrow(() -> new CommandLine.ParameterException(cl,
                    "--as: there is no reviewer called '" + as.strip() + "' in " + db.displayName())));
        }
        return Viewer.of(reviewers.remembered().orElseThrow(() -> new CommandLine.ParameterException(cl,
                "reviews are blind: say who you are with --as NAME (or pick yourself once in the app); a reviewer"
                        + " sees others' reviews only of items they have reviewed, a lead sees all")));
    }
}
