package dev.concord.ui.compare;

import dev.concord.model.FlaggedItem;
import dev.concord.review.LabelSet;
import dev.concord.review.Review;
import dev.concord.review.ReviewRules;
import dev.concord.review.WordDiff;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * Reviews of one item side by side: each correction as a word-level diff against a base, either the viewer's
 * own correction or the original answer.
 */
public final class CompareViewModel {
    /** What corrections are compared with. */
    public enum Base {
        MINE("your correction"), ORIGINAL("the original answer");

        private final String label;

        Base(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final ReadOnlyObjectWrapper<FlaggedItem> item = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Review> reviews = FXCollections.observableArrayList();
    private final ObjectProperty<Base> base;
    private final ReadOnlyObjectWrapper<LabelSet> labels = new ReadOnlyObjectWrapper<>(LabelSet.defaults());
    private String viewerId;

    public CompareViewModel(Base initial) {
        base = new SimpleObjectProperty<>(initial);
    }

    /**
     * Shows the reviews of an item.
     *
     * @param viewerId whose correction "your correction" means; null for nobody (a lead comparing)
     */
    public void show(FlaggedItem shown, List<Review> all, String viewerId, LabelSet labelSet) {
        this.viewerId = viewerId;
        labels.set(labelSet);
        item.set(shown);
        reviews.setAll(all);
    }

    public void clear() {
        item.set(null);
        reviews.clear();
    }

    public void toggleBase() {
        base.set(base.get() == Base.MINE ? Base.ORIGINAL : Base.MINE);
    }

    /** The answer the reviewers corrected. */
    public String original() {
        return item.get() == null ? "" : ReviewRules.originalAnswer(item.get());
    }

    /** The text a review's correction is compared with under the current base. */
    public String baseText() {
        if (base.get() == Base.MINE) {
            for (Review r : reviews) {
                if (r.reviewerId().equals(viewerId)) {
                    return r.correction() != null ? r.correction() : original();
                }
            }
        }
        return original();
    }

    /** The review's correction (or the kept answer) as a diff against the base. */
    public List<WordDiff.Segment> diff(Review r) {
        return WordDiff.diff(baseText(), r.correction() != null ? r.correction() : original());
    }

    public boolean isViewer(Review r) {
        return r.reviewerId().equals(viewerId);
    }

    public boolean hasViewer() {
        return viewerId != null;
    }

    public ReadOnlyObjectProperty<FlaggedItem> itemProperty() {
        return item.getReadOnlyProperty();
    }

    public ObservableList<Review> reviews() {
        return reviews;
    }

    public ObjectProperty<Base> baseProperty() {
        return base;
    }

    public ReadOnlyObjectProperty<LabelSet> labelsProperty() {
        return labels.getReadOnlyProperty();
    }
}
