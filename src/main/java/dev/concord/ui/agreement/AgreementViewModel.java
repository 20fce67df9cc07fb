package dev.concord.ui.agreement;

import dev.concord.model.CancelledException;
import dev.concord.review.ReviewAccessException;
import dev.concord.review.Viewer;
import dev.concord.service.AgreementAnalysis;
import dev.concord.service.AgreementRequest;
import dev.concord.service.AgreementService;
import dev.concord.service.DrillItem;
import dev.concord.service.DrillList;
import dev.concord.service.ItemReviews;
import dev.concord.store.Database;
import dev.concord.ui.common.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * State of the agreement dashboard: the analysis of the latest reviews (computed in the background), the
 * figures drawn from it, and the drill-down (the items behind a figure, and one item's reviews side by side).
 */
public final class AgreementViewModel {
    private final Supplier<Database> database;
    private final Supplier<Viewer> viewer;
    private final Function<Database, AgreementService> services;
    private final TaskExecutor tasks;
    private final AgreementRequest request;
    private final ReadOnlyObjectWrapper<AgreementAnalysis> analysis = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Not computed yet.");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper corrections = new ReadOnlyStringWrapper("");
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ObservableList<Figure> headline = FXCollections.observableArrayList();
    private final ObservableList<Figure> perLabel = FXCollections.observableArrayList();
    private final ObservableList<Figure> reviewerMean = FXCollections.observableArrayList();
    private final ObservableList<Figure> reviewerReference = FXCollections.observableArrayList();
    private final ObservableList<Figure> weeks = FXCollections.observableArrayList();
    private final ObservableList<Figure> picks = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<PairMatrix> pairs = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper drillTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hiddenNote = new ReadOnlyStringWrapper("");
    private final ObservableList<DrillItem> drillItems = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ItemReviews> selected = new ReadOnlyObjectWrapper<>();
    private AgreementService service;
    private DrillItem selecting;
    private Database computedOn;
    private Viewer computedFor;

    /**
     * A dashboard over whichever database is open, as seen by {@code viewer} (item rows only of what they may see),
     * computing with the default request (1,000 resamples).
     */
    public AgreementViewModel(Supplier<Database> database, Supplier<Viewer> viewer, TaskExecutor tasks) {
        this(database, viewer, AgreementService::new, tasks, AgreementRequest.defaults());
    }

    AgreementViewModel(Supplier<Database> database, Supplier<Viewer> viewer,
                       Function<Database, AgreementService> services, TaskExecutor tasks, AgreementRequest request) {
        this.database = database;
        this.viewer = viewer;
        this.services = services;
        this.tasks = tasks;
        this.request = request;
    }

    /**
     * Called when the dashboard comes into view: computes unless an analysis of the open database for the current
     * viewer exists.
     */
    public void showing() {
        if (!computing.get() && (analysis.get() == null || computedOn != database.get()
                || !viewer.get().equals(computedFor))) {
            recompute();
        }
    }

    /** Another reviewer is looking: the item rows of the last one go at once; the figures follow on the next compute. */
    public void viewerChanged() {
        drillTitle.set("");
        hiddenNote.set("");
        drillItems.clear();
        selected.set(null);
        analysis.set(null);
        status.set("Not computed yet.");
    }

    /** Computes the analysis of the open database in the background; the figures update when it is done. */
    public void recompute() {
        if (computing.get()) {
            return;
        }
        if (tasks.runningProperty().get()) {
            status.set("Another task is running; recompute when it is done.");
            return;
        }
        Database db = database.get();
        Viewer v = viewer.get();
        AgreementService s = services.apply(db);
        computing.set(true);
        status.set("Computing agreement…");
        long started = System.nanoTime();
        tasks.run("Computing agreement…", p -> s.analyseStore(request, v, p), result -> {
            if (!v.equals(viewer.get())) {
                computing.set(false);
                recompute();
                return;
            }
            computedOn = db;
            computedFor = v;
            service = s;
            status.set(String.format(Locale.ROOT, "Computed in %.1f s.", (System.nanoTime() - started) / 1e9));
            show(result);
        }, this::failed);
    }

    /** Asks the running computation to stop. */
    public void cancel() {
        if (computing.get()) {
            tasks.cancel();
        }
    }

    private void failed(Throwable t) {
        computing.set(false);
        status.set(t instanceof CancelledException ? "Cancelled; the figures shown are from the last computation."
                : "Failed: " + t.getMessage());
    }

    /**
     * Shows a computed analysis (on the FX thread); the drill-down starts with every item. The analysis property
     * changes last, so that its listeners find every figure in place.
     */
    void show(AgreementAnalysis result) {
        computing.set(false);
        summary.set(DashboardFigures.summary(result));
        warnings.setAll(result.report().warnings());
        headline.setAll(DashboardFigures.headline(result.report()));
        perLabel.setAll(DashboardFigures.perLabel(result.report()));
        reviewerMean.setAll(DashboardFigures.reviewerMeanKappa(result));
        reviewerReference.setAll(DashboardFigures.reviewerReferenceKappa(result));
        weeks.setAll(DashboardFigures.weeks(result));
        picks.setAll(DashboardFigures.picks(result));
        corrections.set(DashboardFigures.corrections(result));
        pairs.set(PairMatrix.of(result));
        drill(result.drilldown().all());
        analysis.set(result);
    }

    /** Lists the items both reviewers rated. */
    public void drillPair(String a, String b) {
        ifShown(x -> drill(x.drilldown().pair(a, b)));
    }

    /** Lists the items a label was used on. */
    public void drillLabel(String label) {
        ifShown(x -> drill(x.drilldown().label(label)));
    }

    /** Lists a reviewer's items. */
    public void drillReviewer(String reviewer) {
        ifShown(x -> drill(x.drilldown().reviewer(reviewer)));
    }

    /** Lists the items of an ISO week. */
    public void drillWeek(String week) {
        ifShown(x -> drill(x.drilldown().week(week)));
    }

    /** Lists every rated item. */
    public void drillAll() {
        ifShown(x -> drill(x.drilldown().all()));
    }

    /** Lists the items with two or more corrections. */
    public void drillCorrections() {
        ifShown(x -> drill(x.drilldown().corrections()));
    }

    private void ifShown(java.util.function.Consumer<AgreementAnalysis> action) {
        if (analysis.get() != null) {
            action.accept(analysis.get());
        }
    }

    private void drill(DrillList list) {
        drillTitle.set(list.title());
        hiddenNote.set(list.hidden() == 0 ? "" : String.format(Locale.ROOT, "Item rows show only items you have"
                + " reviewed (reviews are blind): %,d more stay hidden until you review them%s.", list.hidden(),
                computedFor == null || computedFor.reviewerId() != null ? "" : " (say who you are: Review › Switch reviewer…)"));
        drillItems.setAll(list.items());
        selecting = null;
        selected.set(null);
    }

    /**
     * Shows the latest reviews of an item the viewer may see side by side (null clears), read in the background; a
     * later selection or list wins over a read still under way.
     */
    public void select(DrillItem item) {
        selecting = item;
        if (item == null || !"store".equals(sourceKind())) {
            selected.set(null);
            return;
        }
        AgreementService s = service != null ? service : services.apply(database.get());
        Viewer v = computedFor == null ? viewer.get() : computedFor;
        tasks.run("Reading the reviews of " + item.item() + "…", p -> {
            try {
                return Optional.of(s.itemReviews(v, item.item()));
            } catch (ReviewAccessException e) {
                return Optional.<ItemReviews>empty();
            }
        }, reviews -> {
            if (selecting == item) {
                selected.set(reviews.orElse(null));
            }
        }, t -> status.set("Could not read the reviews of " + item.item() + ": " + t.getMessage()));
    }

    private String sourceKind() {
        return analysis.get() == null ? "" : analysis.get().source();
    }

    public ReadOnlyObjectProperty<AgreementAnalysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty correctionsProperty() {
        return corrections.getReadOnlyProperty();
    }

    public ObservableList<String> warnings() {
        return FXCollections.unmodifiableObservableList(warnings);
    }

    public ObservableList<Figure> headline() {
        return FXCollections.unmodifiableObservableList(headline);
    }

    public ObservableList<Figure> perLabel() {
        return FXCollections.unmodifiableObservableList(perLabel);
    }

    public ObservableList<Figure> reviewerMeanKappa() {
        return FXCollections.unmodifiableObservableList(reviewerMean);
    }

    public ObservableList<Figure> reviewerReferenceKappa() {
        return FXCollections.unmodifiableObservableList(reviewerReference);
    }

    public ObservableList<Figure> weeks() {
        return FXCollections.unmodifiableObservableList(weeks);
    }

    public ObservableList<Figure> picks() {
        return FXCollections.unmodifiableObservableList(picks);
    }

    public ReadOnlyObjectProperty<PairMatrix> pairsProperty() {
        return pairs.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty drillTitleProperty() {
        return drillTitle.getReadOnlyProperty();
    }

    /** A sentence on the item rows left out for this viewer, or "" when none are. */
    public ReadOnlyStringProperty hiddenNoteProperty() {
        return hiddenNote.getReadOnlyProperty();
    }

    public ObservableList<DrillItem> drillItems() {
        return FXCollections.unmodifiableObservableList(drillItems);
    }

    public ReadOnlyObjectProperty<ItemReviews> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public TaskExecutor tasks() {
        return tasks;
    }
}
