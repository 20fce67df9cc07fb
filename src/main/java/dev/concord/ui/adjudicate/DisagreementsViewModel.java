package dev.concord.ui.adjudicate;

import dev.concord.model.FlaggedItem;
import dev.concord.review.Adjudication;
import dev.concord.review.AdjudicationDraft;
import dev.concord.review.Disagreement;
import dev.concord.review.Review;
import dev.concord.review.ReviewRules;
import dev.concord.review.Reviewer;
import dev.concord.service.AdjudicationService;
import dev.concord.ui.common.LazyPagedList;
import dev.concord.ui.compare.CompareViewModel;
import dev.concord.ui.review.ReviewWorkbench;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Optional;

/**
 * The Disagreements screen for leads: items at their overlap whose labels differ (paged, most disagreed
 * first), the selected item's reviews side by side, and the final decision: a label, and a correction taken
 * from one reviewer or edited into a merged one.
 */
public final class DisagreementsViewModel {
    private final ReviewWorkbench bench;
    private final LazyPagedList<Disagreement> rows;
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper();
    private final ReadOnlyBooleanWrapper lead = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Disagreement> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper selectedIndex = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<Adjudication> decision = new ReadOnlyObjectWrapper<>();
    private final CompareViewModel compare = new CompareViewModel(CompareViewModel.Base.ORIGINAL);
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper();
    private final StringProperty correction = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper();
    private Review taken;
    private Integer best;
    private Integer worst;

    public DisagreementsViewModel(ReviewWorkbench bench) {
        this.bench = bench;
        this.rows = new LazyPagedList<>(source());
        bench.reviewerProperty().addListener((obs, old, now) -> refresh());
        bench.settingsProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private LazyPagedList.Source<Disagreement> source() {
        AdjudicationService s = bench.adjudication();
        return new LazyPagedList.Source<>() {
            @Override
            public long count() {
                return s.count();
            }

            @Override
            public List<Disagreement> page(long offset, int limit) {
                return s.page(offset, limit);
            }
        };
    }

    /** Re-reads the list (after a decision, new reviews, or another database). */
    public void refresh() {
        Reviewer r = bench.reviewer();
        lead.set(r != null && r.lead());
        rows.reload(source());
        total.set(rows.size());
        select(-1);
    }

    /** Selects the row at {@code index} (clamped to the list; -1 for none) and shows it. */
    public void select(int index) {
        int i = rows.isEmpty() ? -1 : Math.max(-1, Math.min(index, rows.size() - 1));
        selectedIndex.set(i);
        show(i < 0 ? null : rows.get(i));
    }

    /** Moves the selection by {@code delta} rows. */
    public void move(int delta) {
        select(Math.max(0, selectedIndex.get() + delta));
    }

    /** Shows a disagreement: the item, every review, an earlier decision or a majority-label draft. */
    private void show(Disagreement d) {
        selected.set(d);
        taken = null;
        say("", false);
        Reviewer r = bench.reviewer();
        if (d == null || r == null || !r.lead()) {
            compare.clear();
            decision.set(null);
            return;
        }
        AdjudicationService s = bench.adjudication();
        bench.jobs().run("Loading " + d.itemId() + "…", () -> new Loaded(s.item(d.itemId()).orElseThrow(),
                s.reviews(r.id(), d.itemId()), s.decision(d.itemId())), loaded -> {
            if (selected.get() != d) {
                return;
            }
            compare.show(loaded.item(), loaded.reviews(), null, bench.settings().labels());
            decision.set(loaded.decision().orElse(null));
            Optional<Adjudication> earlier = loaded.decision();
            label.set(earlier.map(Adjudication::label).orElse(d.labelCounts().keySet().iterator().next()));
            best = earlier.map(Adjudication::best).orElse(null);
            worst = earlier.map(Adjudication::worst).orElse(null);
            correction.set(earlier.map(Adjudication::correction).orElse(ReviewRules.originalAnswer(loaded.item())));
            note.set(earlier.map(Adjudication::note).orElse(""));
        }, e -> say(e.getMessage(), true));
    }

    private void say(String text, boolean isProblem) {
        problem.set(isProblem);
        message.set(text);
    }

    private record Loaded(FlaggedItem item, List<Review> reviews, Optional<Adjudication> decision) {
    }

    /** Takes the k-th reviewer's (1-based) label, correction and picks into the decision. */
    public boolean take(int k) {
        List<Review> all = compare.reviews();
        if (k < 1 || k > all.size()) {
            return false;
        }
        taken = all.get(k - 1);
        label.set(taken.label());
        best = taken.best();
        worst = taken.worst();
        correction.set(taken.correction() != null ? taken.correction() : compare.original());
        say("Took " + taken.reviewerName() + "'s review; edit the correction to merge.", false);
        return true;
    }

    public boolean chooseKey(String key) {
        return bench.settings().labels().byKey(key).map(l -> {
            label.set(l.id());
            return true;
        }).orElse(false);
    }

    public void chooseLabel(String id) {
        label.set(id);
    }

    /** Records the decision and moves on to the next undecided disagreement. */
    public void decide() {
        Reviewer r = bench.reviewer();
        Disagreement d = selected.get();
        if (d == null || r == null || !r.lead() || compare.itemProperty().get() == null) {
            return;
        }
        String text = correction.get();
        String takenFrom = taken != null && text.equals(taken.correction() != null ? taken.correction() : compare.original())
                ? taken.reviewerId() : null;
        AdjudicationDraft draft = new AdjudicationDraft(label.get(), text, best, worst, false, takenFrom, note.get());
        AdjudicationService s = bench.adjudication();
        bench.jobs().run("Deciding…", () -> s.decide(r.id(), d.itemId(), draft), done -> {
            refresh();
            select(0);
            say("Decided " + d.itemId() + ": " + bench.settings().labels().nameOf(done.label()) + ".", false);
        }, e -> say(e.getMessage(), true));
    }

    public CompareViewModel compare() {
        return compare;
    }

    public ReviewWorkbench workbench() {
        return bench;
    }

    public LazyPagedList<Disagreement> rows() {
        return rows;
    }

    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty leadProperty() {
        return lead.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Disagreement> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty selectedIndexProperty() {
        return selectedIndex.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Adjudication> decisionProperty() {
        return decision.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty labelProperty() {
        return label.getReadOnlyProperty();
    }

    public StringProperty correctionProperty() {
        return correction;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** True when the message says what went wrong. */
    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
