package dev.concord.ui.queue;

import dev.concord.model.FlagReason;
import dev.concord.model.FlaggedItem;
import dev.concord.model.QueueEntry;
import dev.concord.service.QueueService;
import dev.concord.ui.common.LazyPagedList;
import dev.concord.ui.common.TaskExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.function.Consumer;

/**
 * State of the flagged-queue screen: the reason filter, the paged rows, their count, the item selected, and
 * "Review this item". Every store read (the count, each page, the selected item) runs through the executor it is
 * given, never on the UI thread.
 */
public final class QueueViewModel {
    private final ObjectProperty<FlagReason> reasonFilter = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper();
    private final ReadOnlyObjectWrapper<FlaggedItem> selectedItem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("Reading…");
    private final LazyPagedList<QueueEntry> rows;
    private final TaskExecutor reads;
    private QueueService service;
    private QueueEntry selecting;
    private Consumer<String> onReview = id -> { };
    private Consumer<QueueEntry> onForget = entry -> { };
    private final javafx.beans.property.ReadOnlyBooleanWrapper forgetAllowed = new javafx.beans.property.ReadOnlyBooleanWrapper(true);

    public QueueViewModel(QueueService service, TaskExecutor reads) {
        this.service = service;
        this.reads = reads;
        this.rows = new LazyPagedList<>(reads);
        reasonFilter.addListener((obs, old, now) -> refresh());
        search.addListener((obs, old, now) -> {
            if (!normal(old).equals(normal(now))) {
                refresh();
            }
        });
        refresh();
    }

    /** Points the screen at another database (after File → Open) and reloads. */
    public void useService(QueueService newService) {
        this.service = newService;
        refresh();
    }

    /** Re-reads the queue, e.g. after an import. */
    public void refresh() {
        selectedItem.set(null);
        rows.reload(source(), n -> {
            total.set(n);
            String text = normal(search.get());
            count.set(text.isEmpty() ? String.format("%,d items", n) : n == 1 ? "1 item matches"
                    : String.format("%,d items match", n));
        }, e -> count.set("Cannot read the queue: " + e.getMessage()));
    }

    private LazyPagedList.Source<QueueEntry> source() {
        FlagReason reason = reasonFilter.get();
        String text = normal(search.get());
        QueueService s = service;
        return new LazyPagedList.Source<>() {
            @Override
            public long count() {
                return s.count(reason, text);
            }

            @Override
            public List<QueueEntry> page(long offset, int limit) {
                return s.page(reason, text, offset, limit);
            }
        };
    }

    /** Shows the full item (all attempts) for a row, or nothing. */
    public void select(QueueEntry entry) {
        selecting = entry;
        if (entry == null) {
            selectedItem.set(null);
            return;
        }
        QueueService s = service;
        reads.run("Opening " + entry.id() + "…", p -> s.item(entry.id()), item -> {
            if (selecting == entry) {
                selectedItem.set(item.orElse(null));
            }
        }, e -> count.set("Cannot read " + entry.id() + ": " + e.getMessage()));
    }

    /** Where "Review this item" goes (the main window opens it in the Review tab). */
    public void setOnReview(Consumer<String> handler) {
        this.onReview = handler == null ? id -> { } : handler;
    }

    /** "Review this item" (Enter or double-click on a row): opens it for review, within the overlap and blind rule. */
    public void reviewThis(QueueEntry entry) {
        if (entry != null) {
            onReview.accept(entry.id());
        }
    }

    /** Where "Forget this session" goes (the main window confirms and forgets it). */
    public void setOnForget(Consumer<QueueEntry> handler) {
        this.onForget = handler == null ? entry -> { } : handler;
    }

    /** Whether this session may erase sessions: anyone on a file, an admin on a team database. */
    public javafx.beans.property.ReadOnlyBooleanProperty forgetAllowedProperty() {
        return forgetAllowed.getReadOnlyProperty();
    }

    public void setForgetAllowed(boolean allowed) {
        forgetAllowed.set(allowed);
    }

    /** "Forget this session…" (Ctrl+Delete or the toolbar button) on a row; nothing when forgetting is not allowed. */
    public void forgetThis(QueueEntry entry) {
        if (entry != null && forgetAllowed.get()) {
            onForget.accept(entry);
        }
    }

    public LazyPagedList<QueueEntry> rows() {
        return rows;
    }

    public ObjectProperty<FlagReason> reasonFilterProperty() {
        return reasonFilter;
    }

    /**
     * The search text: only items whose id, session, prompt or an answer contains it (any case) are listed; empty
     * for all. Each change re-reads the count and the first page in the background.
     */
    public StringProperty searchProperty() {
        return search;
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip();
    }

    /** "1,234 items" once counted (or why the queue cannot be read). */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FlaggedItem> selectedItemProperty() {
        return selectedItem.getReadOnlyProperty();
    }
}
