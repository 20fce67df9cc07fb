package dev.concord.ui.reviewer;

import dev.concord.review.Reviewer;
import dev.concord.service.ReviewerService;
import dev.concord.ui.common.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Who-am-I: pick a reviewer from the store, or add one (optionally a lead). The reviewers are read before the picker
 * opens ({@link #read}); adding one is a job on the injected executor, off the UI thread.
 */
public final class ReviewerPickerViewModel {
    /** The reviewers in the store and the one to select first (the current, else the remembered one). */
    public record Known(List<Reviewer> reviewers, Optional<Reviewer> preselect) {
    }

    private final ReviewerService service;
    private final TaskExecutor tasks;
    private final Consumer<Throwable> failed;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ObservableList<Reviewer> reviewers = FXCollections.observableArrayList();
    private final ObjectProperty<Reviewer> selected = new SimpleObjectProperty<>();
    private final StringProperty newName = new SimpleStringProperty("");
    private final BooleanProperty newLead = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /** Reads what the picker shows: store work, for the executor. */
    public static Known read(ReviewerService service, Reviewer current) {
        return new Known(service.reviewers(), current != null ? Optional.of(current) : service.remembered());
    }

    /**
     * @param known  what {@link #read} returned
     * @param failed told when adding a reviewer fails for another reason than the name (the store is unreachable)
     */
    public ReviewerPickerViewModel(ReviewerService service, TaskExecutor tasks, Known known, Consumer<Throwable> failed) {
        this.service = service;
        this.tasks = tasks;
        this.failed = failed;
        reviewers.setAll(known.reviewers());
        Reviewer preselect = known.preselect().orElse(null);
        selected.set(reviewers.stream().filter(r -> preselect != null && r.id().equals(preselect.id())).findFirst()
                .orElse(reviewers.isEmpty() ? null : reviewers.get(0)));
    }

    /**
     * Gives {@code chosen} the reviewer chosen: a new one when a name was typed (added in the background, then
     * {@code chosen} runs on the UI thread), else the selected one (at once). Nothing happens but an error message
     * when neither works, and nothing while a reviewer is being added.
     */
    public void confirm(Consumer<Reviewer> chosen) {
        if (busy.get()) {
            return;
        }
        String name = newName.get() == null ? "" : newName.get().strip();
        if (name.isEmpty()) {
            confirmSelected().ifPresent(chosen);
            return;
        }
        boolean lead = newLead.get();
        busy.set(true);
        tasks.run("Adding " + name + "…", p -> service.add(name, lead), added -> {
            busy.set(false);
            reviewers.add(added);
            selected.set(added);
            newName.set("");
            chosen.accept(added);
        }, t -> {
            busy.set(false);
            if (t instanceof IllegalArgumentException) {
                error.set(t.getMessage().replaceFirst("^name: ", ""));
            } else {
                failed.accept(t);
            }
        });
    }

    /** True while a typed reviewer is being added. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
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
