package dev.concord.ui.review;

import dev.concord.model.FlagReason;
import dev.concord.model.FlaggedItem;
import dev.concord.review.ReviewProgress;
import dev.concord.review.Reviewer;
import dev.concord.ui.common.Styles;
import dev.concord.ui.review.ReviewViewModel.Mode;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.stream.Collectors;

/** The review screen's top line: who reviews, which item, progress, skipped items, the reveal-after-submit switch. */
final class ReviewHeader extends HBox {
    static final String ITEM_ID = "reviewItem";
    static final String PROGRESS_ID = "reviewProgress";
    static final String SKIPPED_ID = "skippedButton";

    ReviewHeader(ReviewViewModel vm, Runnable showSkipped) {
        super(14);
        Label who = new Label();
        who.getStyleClass().add(Styles.REVIEWER_NAME);
        who.textProperty().bind(Bindings.createStringBinding(() -> {
            Reviewer r = vm.workbench().reviewerProperty().get();
            return r == null ? "Nobody picked" : "Reviewing as " + r.name() + (r.lead() ? " · lead" : "");
        }, vm.workbench().reviewerProperty()));
        Label item = new Label();
        item.setId(ITEM_ID);
        item.getStyleClass().add(Styles.MUTED);
        item.textProperty().bind(Bindings.createStringBinding(() -> itemLine(vm),
                vm.itemProperty(), vm.compare().itemProperty(), vm.modeProperty(), vm.revisingProperty()));
        Label progress = new Label();
        progress.setId(PROGRESS_ID);
        progress.getStyleClass().add(Styles.PROGRESS_LINE);
        progress.textProperty().bind(Bindings.createStringBinding(() -> progressLine(vm.progressProperty().get()),
                vm.progressProperty()));
        CheckBox revealAfter = new CheckBox("Reveal after submit (A)");
        revealAfter.setFocusTraversable(false);
        revealAfter.selectedProperty().bindBidirectional(vm.revealAfterSubmitProperty());
        Button skipped = new Button();
        skipped.setId(SKIPPED_ID);
        skipped.setFocusTraversable(false);
        skipped.textProperty().bind(Bindings.createStringBinding(() -> "Skipped (" + vm.chooser().countProperty().get()
                + ")…  (K)", vm.chooser().countProperty()));
        skipped.setOnAction(e -> showSkipped.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(who, item, spacer, progress, skipped, revealAfter);
        // The buttons and the name keep their width; the item and progress lines give way first (with "…").
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {who, skipped, revealAfter}) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        item.setMinWidth(40);
        progress.setMinWidth(40);
        progress.setTooltip(new javafx.scene.control.Tooltip());
        progress.getTooltip().textProperty().bind(progress.textProperty());
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add(Styles.REVIEW_HEADER);
        setPadding(new Insets(8, 10, 8, 10));
    }

    /** The item the screen shows: the revealed one during the reveal, else the one being reviewed. */
    static FlaggedItem shownItem(ReviewViewModel vm) {
        return vm.modeProperty().get() == Mode.REVEAL ? vm.compare().itemProperty().get() : vm.itemProperty().get();
    }

    private static String itemLine(ReviewViewModel vm) {
        FlaggedItem it = shownItem(vm);
        if (it == null) {
            return "";
        }
        String what = vm.modeProperty().get() == Mode.REVEAL ? "Reviews of " : vm.revisingProperty().get() ? "Revising " : "";
        return what + it.id() + " · " + it.reasons().stream().map(FlagReason::shortLabel).collect(Collectors.joining(", "))
                + (it.attempts().size() > 1 ? " · " + it.attempts().size() + " attempts" : "");
    }

    static String progressLine(ReviewProgress p) {
        if (p == null) {
            return "";
        }
        return String.format("Today %,d · Total %,d · %,d %s left to full overlap · %s", p.reviewedToday(),
                p.reviewedTotal(), p.itemsLeft(), p.itemsLeft() == 1 ? "item" : "items",
                p.hasPace() ? String.format("%.0f reviews/h", p.pacePerHour()) : "pace —");
    }
}
