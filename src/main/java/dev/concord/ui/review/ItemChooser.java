package dev.concord.ui.review;

import dev.concord.model.FlaggedItem;
import dev.concord.review.Review;
import dev.concord.review.ReviewAccessException;
import dev.concord.review.Reviewer;
import dev.concord.review.Skip;
import dev.concord.service.ReviewService;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Optional;

/**
 * Choosing what to review instead of taking the assigned item: the reviewer's skipped items (listed, one taken back
 * and opened at once), and a lead's "Review this item" from the queue. The item being reviewed stays reserved
 * and comes back after the chosen one.
 */
public final class ItemChooser {
    /** How many skips the list shows. */
    static final int LIST_LIMIT = 500;

    private final ReviewViewModel vm;
    private final ObservableList<Skip> skipped = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper count = new ReadOnlyLongWrapper();

    ItemChooser(ReviewViewModel vm) {
        this.vm = vm;
    }

    /** Re-reads how many items the reviewer skipped. */
    public void refreshCount() {
        Reviewer r = vm.workbench().reviewer();
        if (r == null) {
            count.set(0);
            return;
        }
        ReviewService s = vm.workbench().reviews();
        vm.workbench().jobs().run("Counting skips…", p -> s.skipCount(r.id()), count::set, e -> { });
    }

    /** Loads the reviewer's skipped items, most recent first. */
    public void loadSkipped() {
        Reviewer r = vm.workbench().reviewer();
        if (r == null) {
            skipped.clear();
            return;
        }
        ReviewService s = vm.workbench().reviews();
        vm.run("Loading your skipped items…", () -> s.skips(r.id(), LIST_LIMIT), list -> {
            skipped.setAll(list);
            count.set(Math.max(list.size(), count.get()));
        });
    }

    /** Takes the skip back and opens the item to review now (if it still wants reviews). */
    public void takeBack(Skip skip) {
        Reviewer r = vm.workbench().reviewer();
        if (skip == null || r == null || vm.busyProperty().get()) {
            return;
        }
        ReviewService s = vm.workbench().reviews();
        vm.run("Taking back " + skip.itemId() + "…", () -> {
            try {
                return Optional.of(s.open(r.id(), skip.itemId()));
            } catch (ReviewAccessException full) {
                s.takeBack(r.id(), skip.itemId());
                return Optional.<ReviewService.Opened>empty();
            }
        }, opened -> {
            skipped.remove(skip);
            count.set(Math.max(0, count.get() - 1));
            opened.ifPresentOrElse(o -> vm.showChosen(o.item(), "Took back " + skip.itemId() + ": review it now."),
                    () -> vm.say("Took back " + skip.itemId() + "; it already has the reviews it needs, so it comes "
                            + "back to you only if it needs more.", false));
        });
    }

    /**
     * Opens an item of the reviewer's choice (a lead's "Review this item"): reserved for them, or their own review
     * to revise if they reviewed it; refused with the reason if it is at its overlap or they are not a lead.
     */
    public void open(String itemId) {
        Reviewer r = vm.workbench().reviewer();
        if (r == null) {
            vm.say("Pick yourself first: Review → Switch reviewer… (Ctrl+Shift+R).", true);
            return;
        }
        if (vm.busyProperty().get()) {
            return;
        }
        ReviewService s = vm.workbench().reviews();
        vm.run("Opening " + itemId + "…", () -> {
            ReviewService.Opened o = s.open(r.id(), itemId);
            return new Chosen(o.item(), o.ownReview() ? s.myReview(r.id(), itemId) : Optional.empty(), o.ownReview());
        }, chosen -> {
            if (chosen.own()) {
                vm.showOwn(chosen.item(), chosen.mine(), "You reviewed " + itemId + " already: revising your review. "
                        + "Others' reviews show after you submit.");
            } else {
                vm.showChosen(chosen.item(), "Opened " + itemId + " from the queue; it is reserved for you.");
            }
        });
    }

    private record Chosen(FlaggedItem item, Optional<Review> mine, boolean own) {
    }

    public ObservableList<Skip> skipped() {
        return skipped;
    }

    public ReadOnlyLongProperty countProperty() {
        return count.getReadOnlyProperty();
    }
}
