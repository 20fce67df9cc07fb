package dev.concord.ui.review;

import dev.concord.model.FlaggedItem;
import dev.concord.review.LabelSet;
import dev.concord.review.Picks;
import dev.concord.review.Review;
import dev.concord.review.ReviewDraft;
import dev.concord.review.ReviewRules;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Optional;

/**
 * The draft of one review being written: label, focused attempt, best/worst or none acceptable, correction
 * (prefilled with the answer) and note; what is missing before it can be submitted.
 */
public final class ReviewForm {
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper();
    private final ReadOnlyIntegerWrapper focused = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Integer> best = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Integer> worst = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper noneAcceptable = new ReadOnlyBooleanWrapper();
    private final StringProperty correction = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private int attempts;

    /** Clears the form for an item: no label or picks, the last attempt focused, correction = its answer. */
    public void reset(FlaggedItem item) {
        attempts = item == null ? 0 : item.attempts().size();
        label.set(null);
        best.set(null);
        worst.set(null);
        noneAcceptable.set(false);
        focused.set(Math.max(0, attempts - 1));
        correction.set(item == null ? "" : ReviewRules.originalAnswer(item));
        note.set("");
    }

    /** Fills the form from an earlier review, to revise it. */
    public void load(FlaggedItem item, Review r) {
        reset(item);
        label.set(r.label());
        best.set(r.best());
        worst.set(r.worst());
        noneAcceptable.set(r.noneAcceptable());
        if (r.correction() != null) {
            correction.set(r.correction());
        }
        note.set(r.note() == null ? "" : r.note());
    }

    /** Chooses the label whose key was pressed; false if no label has that key. */
    public boolean chooseKey(String key, LabelSet labels) {
        return labels.byKey(key).map(l -> {
            label.set(l.id());
            return true;
        }).orElse(false);
    }

    public void chooseLabel(String id) {
        label.set(id);
    }

    public void moveFocus(int delta) {
        if (attempts > 0) {
            focused.set(Math.floorMod(focused.get() + delta, attempts));
        }
    }

    public void focus(int position) {
        if (position >= 0 && position < attempts) {
            focused.set(position);
        }
    }

    /** The focused attempt becomes the best (again: no best); it stops being the worst. */
    public void markBest() {
        int f = focused.get();
        best.set(Integer.valueOf(f).equals(best.get()) ? null : f);
        if (best.get() != null) {
            noneAcceptable.set(false);
            if (best.get().equals(worst.get())) {
                worst.set(null);
            }
        }
    }

    /** The focused attempt becomes the worst (again: no worst); it stops being the best. */
    public void markWorst() {
        int f = focused.get();
        worst.set(Integer.valueOf(f).equals(worst.get()) ? null : f);
        if (worst.get() != null && worst.get().equals(best.get())) {
            best.set(null);
        }
    }

    /** Sets the picks at once (a lead taking a reviewer's, or reopening a decision); none acceptable clears the best. */
    public void setPicks(Integer newBest, Integer newWorst, boolean none) {
        noneAcceptable.set(none);
        best.set(none || newBest != null && newBest.equals(newWorst) ? null : newBest);
        worst.set(newWorst);
    }

    public void toggleNoneAcceptable() {
        noneAcceptable.set(!noneAcceptable.get());
        if (noneAcceptable.get()) {
            best.set(null);
        }
    }

    /** Replaces the correction with the focused attempt's answer, to correct that one instead. */
    public void copyFocused(FlaggedItem item) {
        if (item != null && focused.get() < item.attempts().size()) {
            correction.set(item.attempts().get(focused.get()).output());
        }
    }

    /** Why the draft cannot be submitted yet, or empty when it can. */
    public Optional<String> missing() {
        if (label.get() == null) {
            return Optional.of("Choose a label first (number keys).");
        }
        if (attempts > 1 && best.get() == null && !noneAcceptable.get()) {
            return Optional.of("Mark the best attempt (B) or say none is acceptable (N).");
        }
        if (attempts > 1 && worst.get() == null) {
            return Optional.of("Mark the worst attempt (W).");
        }
        return Optional.empty();
    }

    /** "Best: attempt 2 · Worst: attempt 4", then which attempt has the focus. */
    public String picksLine() {
        return Picks.line(best.get(), worst.get(), noneAcceptable.get()) + "\nOn attempt " + (focused.get() + 1) + " of " + attempts + " (← →)";
    }

    public ReviewDraft draft() {
        return new ReviewDraft(label.get(), correction.get(), best.get(), worst.get(), noneAcceptable.get(), note.get());
    }

    public int attempts() {
        return attempts;
    }

    public ReadOnlyStringProperty labelProperty() {
        return label.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty focusedProperty() {
        return focused.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Integer> bestProperty() {
        return best.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Integer> worstProperty() {
        return worst.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty noneAcceptableProperty() {
        return noneAcceptable.getReadOnlyProperty();
    }

    public StringProperty correctionProperty() {
        return correction;
    }

    public StringProperty noteProperty() {
        return note;
    }
}
