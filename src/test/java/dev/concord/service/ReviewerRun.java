package dev.concord.service;

import dev.concord.model.FlaggedItem;
import dev.concord.review.LabelSet;
import dev.concord.review.Review;
import dev.concord.review.ReviewAccessException;
import dev.concord.review.ReviewDraft;
import dev.concord.review.ReviewLabel;
import dev.concord.review.Viewer;
import dev.concord.store.Database;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One reviewer working through the queue on their own connection: take the next item, check that the others'
 * reviews of it stay hidden, submit, check that the reveal now shows their own; until the budget is spent or
 * nothing is left for them. Every committed submit is acknowledged ({@code ACK item reviewer}), every read that
 * showed a review it should not have is reported ({@code BLIND item reviewer}). Run in a thread
 * ({@link #run}) or as a child JVM ({@link #main}: location, reviewer id, reviewer number, budget, and
 * {@code together} to submit and take the next item in one step; prints to standard output). Together
 * ({@link ReviewService#submitAndNext}) the submit is acknowledged when the step returns, with the next item.
 *
 * <p>Labels make the dynamic overlap independent of the order of submits: items {@link #contested} get a
 * different label from every reviewer (the policy never accepts them: they want reviews up to the maximum),
 * the others "good" from everyone (accepted at the overlap).
 */
public final class ReviewerRun {
    /** Eight labels, one per reviewer on contested items. */
    public static final LabelSet LABELS = labels();

    private ReviewerRun() {
    }

    private static LabelSet labels() {
        List<ReviewLabel> out = new ArrayList<>(LabelSet.defaults().labels());
        out.add(new ReviewLabel("7", "other-a", "other a"));
        out.add(new ReviewLabel("8", "other-b", "other b"));
        return new LabelSet(out);
    }

    /** Every fourth item: fi-g0, fi-g4, ... */
    public static boolean contested(String itemId) {
        return Integer.parseInt(itemId.substring("fi-g".length())) % 4 == 0;
    }

    /** The label reviewer number {@code index} (0-7) gives the item. */
    public static String label(String itemId, int index) {
        return contested(itemId) ? LABELS.labels().get(index).id() : "good";
    }

    /** Reviews as {@code reviewerId} (reviewer number {@code index}) up to {@code budget} times; tells each line. */
    public static void run(Database db, String reviewerId, int index, int budget, Consumer<String> tell) {
        run(db, reviewerId, index, budget, false, tell);
    }

    /** As {@link #run(Database, String, int, int, Consumer)}; {@code together}: each submit takes the next item. */
    public static void run(Database db, String reviewerId, int index, int budget, boolean together,
                           Consumer<String> tell) {
        try (ReviewService service = new ReviewService(db)) {
            Viewer me = new Viewer(reviewerId, false);
            Optional<FlaggedItem> next = service.next(reviewerId);
            for (int done = 0; done < budget && next.isPresent(); done++) {
                String item = next.get().id();
                if (sawOthersBeforeReviewing(service, me, item)) {
                    tell.accept("BLIND " + item + " " + reviewerId);
                }
                ReviewDraft draft = ReviewDraft.labelOnly(label(item, index));
                boolean last = done + 1 == budget;
                if (together && !last) {
                    next = service.submitAndNext(reviewerId, item, draft).next();
                } else {
                    service.submit(reviewerId, item, draft);
                    next = last ? Optional.empty() : service.next(reviewerId);
                }
                tell.accept("ACK " + item + " " + reviewerId);
                List<Review> shown = service.reveal(me, item);
                if (shown.isEmpty() || !shown.get(0).reviewerId().equals(reviewerId)) {
                    tell.accept("MISSING " + item + " " + reviewerId);
                }
            }
        }
    }

    private static boolean sawOthersBeforeReviewing(ReviewService service, Viewer me, String item) {
        try {
            return !service.reveal(me, item).isEmpty();
        } catch (ReviewAccessException expected) {
            return false;
        }
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        boolean together = args.length > 4 && args[4].equals("together");
        run(Database.at(args[0]), args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), together, line -> {
            out.println(line);
            out.flush();
        });
        out.println("DONE");
        out.flush();
    }
}
