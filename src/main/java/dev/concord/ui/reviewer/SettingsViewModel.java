package dev.concord.ui.reviewer;

import dev.concord.review.AssignmentMode;
import dev.concord.review.LabelSet;
import dev.concord.review.ReviewLabel;
import dev.concord.review.ReviewSettings;
import dev.concord.review.Reviewer;
import dev.concord.ui.review.ReviewWorkbench;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Project settings being edited: the labels (key and name; a new label's id comes from its name), the overlap, the
 * assignment mode, the maximum of reviewers per item (dynamic overlap; follows the overlap while it is the default
 * overlap + 2), and who is a lead. The reviewers are read before the dialog opens; saving is a job on the workbench's
 * executor, off the UI thread.
 */
public final class SettingsViewModel {
    /** One editable label; {@code id} is null for a label added in this dialog. */
    public static final class LabelRow {
        private final StringProperty key;
        private final StringProperty name;
        private final String id;

        LabelRow(String key, String id, String name) {
            this.key = new SimpleStringProperty(key);
            this.id = id;
            this.name = new SimpleStringProperty(name);
        }

        public StringProperty keyProperty() {
            return key;
        }

        public StringProperty nameProperty() {
            return name;
        }

        /** The stored id, or what it will be for a new label. */
        public String id() {
            return id != null ? id : ReviewLabel.idFor(name.get() == null ? "" : name.get());
        }

        public boolean isNew() {
            return id == null;
        }
    }

    /** A reviewer and whether they are a lead. */
    public static final class ReviewerRow {
        private final Reviewer reviewer;
        private final BooleanProperty lead;

        ReviewerRow(Reviewer reviewer) {
            this.reviewer = reviewer;
            this.lead = new SimpleBooleanProperty(reviewer.lead());
        }

        public String name() {
            return reviewer.name();
        }

        public BooleanProperty leadProperty() {
            return lead;
        }
    }

    private final ReviewWorkbench bench;
    private final ObservableList<LabelRow> labels = FXCollections.observableArrayList();
    private final ObservableList<ReviewerRow> reviewers = FXCollections.observableArrayList();
    private final IntegerProperty overlap = new SimpleIntegerProperty();
    private final IntegerProperty maxReviews = new SimpleIntegerProperty();
    private final ObjectProperty<AssignmentMode> mode = new SimpleObjectProperty<>(AssignmentMode.COMPLETE_FIRST);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();

    /** @param people the reviewers in the store (read in the background before the dialog opens) */
    public SettingsViewModel(ReviewWorkbench bench, List<Reviewer> people) {
        this.bench = bench;
        ReviewSettings s = bench.settings();
        s.labels().labels().forEach(l -> labels.add(new LabelRow(l.key(), l.id(), l.name())));
        overlap.set(s.overlap());
        maxReviews.set(s.maxReviews());
        mode.set(s.mode());
        overlap.addListener((obs, old, now) -> {
            if (maxReviews.get() == ReviewSettings.defaultMax(old.intValue()) || maxReviews.get() < now.intValue()) {
                maxReviews.set(ReviewSettings.defaultMax(now.intValue()));
            }
        });
        people.forEach(r -> reviewers.add(new ReviewerRow(r)));
    }

    /** Adds a label with the first free digit key. */
    public LabelRow addLabel() {
        Set<String> used = new HashSet<>();
        labels.forEach(l -> used.add(l.keyProperty().get()));
        String key = "0";
        for (String k : List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "0")) {
            if (!used.contains(k)) {
                key = k;
                break;
            }
        }
        LabelRow row = new LabelRow(key, null, "new label " + key);
        labels.add(row);
        return row;
    }

    public void remove(LabelRow row) {
        labels.remove(row);
    }

    /** The edited settings, or null with {@link #errorProperty()} saying what is wrong. */
    public ReviewSettings build() {
        try {
            List<ReviewLabel> list = new ArrayList<>();
            for (LabelRow r : labels) {
                list.add(new ReviewLabel(r.keyProperty().get() == null ? "" : r.keyProperty().get(), r.id(),
                        r.nameProperty().get() == null ? "" : r.nameProperty().get()));
            }
            ReviewSettings s = new ReviewSettings(new LabelSet(list), overlap.get(), mode.get(), maxReviews.get());
            error.set("");
            return s;
        } catch (IllegalArgumentException | NullPointerException e) {
            error.set(e.getMessage());
            return null;
        }
    }

    /**
     * Saves labels, overlap and lead flags in the background, then runs {@code onSaved} on the UI thread; false (with
     * an error) if the labels are not valid or a save is already under way. A failure to store goes to the error
     * dialog and leaves the dialog open.
     */
    public boolean save(Runnable onSaved) {
        ReviewSettings s = saving.get() ? null : build();
        if (s == null) {
            return false;
        }
        Map<String, Boolean> leads = new LinkedHashMap<>();
        for (ReviewerRow r : leadsEditable() ? reviewers : List.<ReviewerRow>of()) {
            if (r.lead.get() != r.reviewer.lead()) {
                leads.put(r.reviewer.id(), r.lead.get());
            }
        }
        saving.set(true);
        bench.saveSettings(s, leads, () -> {
            saving.set(false);
            onSaved.run();
        }, () -> saving.set(false));
        return true;
    }

    /** True while the settings are being saved. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /**
     * Whether the lead flags are set here: on a single-user file; on a team database the lead role is membership of
     * the database's lead role ({@code concord team add NAME --lead}).
     */
    public boolean leadsEditable() {
        return bench.memberProperty().get() == null;
    }

    public ObservableList<LabelRow> labels() {
        return labels;
    }

    public ObservableList<ReviewerRow> reviewers() {
        return reviewers;
    }

    public IntegerProperty overlapProperty() {
        return overlap;
    }

    /** At most this many reviewers per item while the consensus policy does not accept it (dynamic overlap). */
    public IntegerProperty maxReviewsProperty() {
        return maxReviews;
    }

    public ObjectProperty<AssignmentMode> modeProperty() {
        return mode;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
