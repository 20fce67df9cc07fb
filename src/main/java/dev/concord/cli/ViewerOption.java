package dev.concord.cli;

import dev.concord.review.Reviewer;
import dev.concord.review.TeamMember;
import dev.concord.review.Viewer;
import dev.concord.service.ReviewerService;
import dev.concord.service.TeamService;
import dev.concord.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.util.Optional;

/**
 * The shared {@code --as} option of commands that act as a reviewer or output per-item reviews: whose eyes to look
 * through. Without it, the reviewer the app remembers for this computer user in that database; with neither, the
 * command refuses (exit 2) and says how to name one. On a team database the reviewer is the database login, and
 * {@code --as} naming anyone else is refused.
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
        return Viewer.of(reviewer(db, cl));
    }

    /**
     * On a team database the login's reviewer ({@code --as} may only name them), else the reviewer named by
     * {@code --as}, else the one remembered for this computer user.
     *
     * @throws CommandLine.ParameterException (exit 2) when no reviewer is named or remembered, or the name is unknown
     */
    Reviewer reviewer(Database db, CommandLine cl) {
        Optional<TeamMember> member;
        try {
            member = new TeamService(db).session(as);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--as: " + e.getMessage());
        }
        if (member.isPresent()) {
            return member.get().reviewer();
        }
        return new ReviewerService(db).viewer(as).orElseThrow(() -> new CommandLine.ParameterException(cl,
                as != null ? "--as: there is no reviewer called '" + as.strip() + "' in " + db.displayName()
                        : "reviews are blind: say who you are with --as NAME (or pick yourself once in the app); a"
                        + " reviewer sees others' reviews only of items they have reviewed, a lead sees all"));
    }
}
