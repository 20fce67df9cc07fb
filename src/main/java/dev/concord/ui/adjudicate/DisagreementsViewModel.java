package dev.concord.ui.adjudicate;

import dev.concord.curate.Disagreement;
import dev.concord.review.Adjudication;
import dev.concord.review.AdjudicationDraft;
import dev.concord.review.Review;
import dev.concord.review.Reviewer;
import dev.concord.service.AdjudicationService;
import dev.concord.service.ItemReviews;
import dev.concord.ui.common.LazyPagedList;
import dev.concord.ui.compare.CompareViewModel;
import dev.concord.ui.review.ReviewForm;
import dev.concord.ui.review.ReviewWorkbench;
import javafx.beans.property.BooleanProperty;
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
import javafx.beans.property.SimpleBooleanProperty;

import java.util.List;

/**
 * The leads' queue screen: the items the current consensus policy does not accept (computed in the background,
 * paged for the table, most disagreed first; decided ones on request), the selected item's reviews side by side,
 * and the decision: a label, a correction taken from one reviewer or merged, and for a retry chain the best and
 * worst attempt or "none acceptable". Non-leads see nothing: the service refuses them.
 */
public final class DisagreementsViewModel {
    private final ReviewWorkbench bench;
    private final LazyPagedList<Disagreement> rows = new LazyPagedList<>(source(List.of()));
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper open = new ReadOnlyLongWrapper();
    private final ReadOnlyBooleanWrapper lead = new ReadOnlyBooleanWrapper();
    private final BooleanProperty showDecided = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<Disagreement> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper selectedIndex = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<Adjudication> decision = new ReadOnlyObjectWrapper<>();
    private final CompareViewModel compare = new CompareViewModel(CompareViewModel.Base.ORIGINAL);
    private final ReviewForm form = new ReviewForm();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper();
    private Review taken;
    private String afterRefresh;

    public DisagreementsViewModel(ReviewWorkbench bench) {
        this.bench = bench;
        bench.reviewerProperty().addListener((obs, old, now) -> refresh());
        bench.settingsProperty().addListener((obs, old, now) -> refresh());
        showDecided.addListener((obs, old, now) -> refresh());
        refresh();
    }

    private static LazyPagedList.Source<Disagreement> source(List<Disagreement> list) {
        return new LazyPagedList.Source<>() {
            @Override
            public long count() {
                return list.size();
            }

            @Override
            public List<Disagreement> page(long offset, int limit) {
                return list.subList((int) offset, (int) Math.min(list.size(), offset + limit));
            }
        };
    }

    /** Re-computes the queue in the background (after a decision, new reviews, a policy change, or another database). */
    public void refresh() {
        refresh(-1);
    }

    private void refresh(int selectAfter) {
        Reviewer r = bench.reviewer();
        lead.set(r != null && r.lead());
        if (!lead.get()) {
            show(List.of(), -1);
            return;
        }
        AdjudicationService s = bench.adjudication();
        boolean decided = showDecided.get();
        bench.jobs().run("Computing the leads' queue…", p -> s.queue(r.id(), decided), list -> {
            if (r.equals(bench.reviewer()) && decided == showDecided.get()) {
                show(list, selectAfter);
            }
        }, e -> say(e.getMessage(), true));
    }

    private void show(List<Disagreement> list, int selectAfter) {
        rows.reload(source(list));
        total.set(list.size());
        open.set(list.stream().filter(d -> !d.decided()).count());
        select(selectAfter);
        if (afterRefresh != null) {
            say(afterRefresh, false);
            afterRefresh = null;
        }
    }

    /** Selects the row at {@code index} (clamped to the list; -1 for none) and loads it. */
    public void select(int index) {
        int i = rows.isEmpty() ? -1 : Math.max(-1, Math.min(index, rows.size() - 1));
        selectedIndex.set(i);
        load(i < 0 ? null : rows.get(i));
    }

    /** Moves the selection by {@code delta} rows. */
    public void move(int delta) {
        select(Math.max(0, selectedIndex.get() + delta));
    }

    /** Loads an item: its reviews, and the earlier decision or the reviewers' plurality as the draft. */
    private void load(Disagreement d) {
        selected.set(d);
        taken = null;
        say("", false);
        Reviewer r = bench.reviewer();
        if (d == null || r == null || !r.lead()) {
            compare.clear();
            form.reset(null);
            decision.set(null);
            return;
        }
        AdjudicationService s = bench.adjudication();
        bench.jobs().run("Loading " + d.itemId() + "…", p -> s.open(r.id(), d.itemId()), loaded -> {
            if (selected.get() == d) {
                fill(loaded);
            }
        }, e -> say(e.getMessage(), true));
    }

    private void fill(ItemReviews loaded) {
        compare.show(loaded.item(), loaded.reviews(), null, bench.settings().labels());
        form.reset(loaded.item());
        Adjudication earlier = loaded.adjudication();
        decision.set(earlier);
        if (earlier == null) {
            DecisionDefaults.apply(form, loaded.reviews());
            return;
        }
        form.chooseLabel(earlier.label());
        form.setPicks(earlier.best(), earlier.worst(), earlier.noneAcceptable());
        if (earlier.correction() != null) {
            form.correctionProperty().set(earlier.correction());
        }
        form.noteProperty().set(earlier.note() == null ? "" : earlier.note());
    }

    private void say(String text, boolean isProblem) {
        problem.set(isProblem);
        message.set(text);
    }

    /** Takes the k-th reviewer's (1-based) label, correction and picks into the decision. */
    public boolean take(int k) {
        List<Review> all = compare.reviews();
        if (k < 1 || k > all.size()) {
            return false;
        }
        taken = all.get(k - 1);
        form.chooseLabel(taken.label());
        form.setPicks(taken.best(), taken.worst(), taken.noneAcceptable());
        form.correctionProperty().set(taken.correction() != null ? taken.correction() : compare.original());
        say("Took " + taken.reviewerName() + "'s review; edit the correction to merge.", false);
        return true;
    }

    public boolean chooseKey(String key) {
        return form.chooseKey(key, bench.settings().labels());
    }

    public void chooseLabel(String id) {
        form.chooseLabel(id);
    }

    /** Records the decision and moves on to the most disagreed undecided item. */
    public void decide() {
        Reviewer r = bench.reviewer();
        Disagreement d = selected.get();
        if (d == null || r == null || !r.lead() || compare.itemProperty().get() == null) {
            return;
        }
        String missing = form.missing().orElse(null);
        if (missing != null) {
            say(missing, true);
            return;
        }
        String text = form.correctionProperty().get();
        String takenFrom = taken != null && text.equals(taken.correction() != null ? taken.correction() : compare.original())
                ? taken.reviewerId() : null;
        AdjudicationDraft draft = new AdjudicationDraft(form.labelProperty().get(), text, form.bestProperty().get(),
                form.worstProperty().get(), form.noneAcceptableProperty().get(), takenFrom, form.noteProperty().get());
        AdjudicationService s = bench.adjudication();
        bench.jobs().run("Deciding…", p -> s.decide(r.id(), d.itemId(), draft), done -> {
            afterRefresh = "Decided " + d.itemId() + ": " + bench.settings().labels().nameOf(done.label()) + ".";
            refresh(0);
        }, e -> say(e.getMessage(), true));
    }

    public ReviewForm form() {
        return form;
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

    /** Rows shown (with decided ones when they are shown). */
    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** Items waiting for a lead. */
    public ReadOnlyLongProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** Whether decided items are listed too (after the undecided ones), to revise a decision. */
    public BooleanProperty showDecidedProperty() {
        return showDecided;
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

    /** True when the message says what went wrong. */
    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
