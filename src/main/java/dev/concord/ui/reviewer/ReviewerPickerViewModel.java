package dev.concord.ui.reviewer;

import dev.concord.review.Reviewer;
import dev.concord.service.ReviewerService;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Optional;

/** Who-am-I: pick a reviewer from the store, or add one (optionally a lead). */
public final class ReviewerPickerViewModel {
    private final ReviewerService service;
    private final ObservableList<Reviewer> reviewers = FXCollections.observableArrayList();
    private final ObjectProperty<Reviewer> selected = new SimpleObjectProperty<>();
    private final StringProperty newName = new SimpleStringProperty("");
    private final BooleanProperty newLead = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public ReviewerPickerViewModel(ReviewerService service, Reviewer current) {
        this.service = service;
        reviewers.setAll(service.reviewers());
        Reviewer preselect = current != null ? current : service.remembered().orElse(null);
        selected.set(reviewers.stream().filter(r -> preselect != null && r.id().equals(preselect.id())).findFirst()
                .orElse(reviewers.isEmpty() ? null : reviewers.get(0)));
    }

    /**
     * The reviewer chosen: a new one when a name was typed (created now), else the selected one; empty with an
     * error message when neither works.
     */
    public Optional<Reviewer> confirm() {
        String name = newName.get() == null ? "" : newName.get().strip();
        if (!name.isEmpty()) {
            try {
                Reviewer added = service.add(name, newLead.get());
                reviewers.add(added);
                selected.set(added);
                newName.set("");
                return Optional.of(added);
            } catch (IllegalArgumentException e) {
                error.set(e.getMessage().replaceFirst("^name: ", ""));
                return Optional.empty();
            }
        }
        if (selected.get() == null) {
            error.set("Pick a reviewer from the list, or type your name to add yourself.");
            return Optional.empty();
        }
        return Optional.of(selected.get());
    }

    /** The reviewer selected in the list (Enter or a double-click there), whatever is typed below. */
    public Optional<Reviewer> confirmSelected() {
        if (selected.get() == null) {
            error.set("Pick a reviewer from the list, or type your name to add yourself.");
            return Optional.empty();
        }
        return Optional.of(selected.get());
    }

    public ObservableList<Reviewer> reviewers() {
        return reviewers;
    }

    public ObjectProperty<Reviewer> selectedProperty() {
        return selected;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public BooleanProperty newLeadProperty() {
        return newLead;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
