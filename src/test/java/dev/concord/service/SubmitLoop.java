package dev.concord.service;

import dev.concord.model.FlaggedItem;
import dev.concord.review.Review;
import dev.concord.review.ReviewDraft;
import dev.concord.review.Reviewer;
import dev.concord.store.Database;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * Child process of {@link ReviewDurabilityTest} (args: database location, first sequence number): submits reviews for every reviewer in turn, forever (revising
 * once the queue is done), and prints {@code ACK item reviewer revision seq} after each commit.
 */
public final class SubmitLoop {
    private SubmitLoop() {
    }

    public static void main(String[] args) {
        Database db = Database.at(args[0]);
        ReviewService service = new ReviewService(db);
        List<Reviewer> team = new ReviewerService(db).reviewers();
        PrintStream out = System.out;
        long seq = Long.parseLong(args[1]);
        while (true) {
            for (Reviewer r : team) {
                Optional<FlaggedItem> next = service.next(r.id());
                String item = next.map(FlaggedItem::id).orElse("fi-g" + (1 + seq % 50));
                String label = seq % 3 == 0 ? "good" : "wrong";
                Review saved = service.submit(r.id(), item,
                        new ReviewDraft(label, "correction #" + seq, null, null, false, "note " + seq));
                out.println("ACK " + item + " " + r.id() + " " + saved.revision() + " " + seq);
                out.flush();
                seq++;
            }
        }
    }
}
