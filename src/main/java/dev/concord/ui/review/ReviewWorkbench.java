package dev.concord.ui.review;

import dev.concord.review.ReviewSettings;
import dev.concord.review.Reviewer;
import dev.concord.service.AdjudicationService;
import dev.concord.service.ProjectSettingsService;
import dev.concord.service.ReviewService;
import dev.concord.service.ReviewerService;
import dev.concord.store.Database;
import dev.concord.ui.common.TaskExecutor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Optional;

/**
 * What the review screens share: the services over the open database, who is reviewing, and the project's
 * review settings. Screens listen to its properties: a new database, reviewer or settings restarts them.
 */
public final class ReviewWorkbench {
    private final TaskExecutor jobs;
    private final ReadOnlyObjectWrapper<Database> database = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Reviewer> reviewer = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ReviewSettings> settings = new ReadOnlyObjectWrapper<>(ReviewSettings.defaults());
    private final ReadOnlyStringWrapper who = new ReadOnlyStringWrapper(describe(null));
    private ReviewService reviews;
    private ReviewerService reviewers;
    private AdjudicationService adjudication;
    private ProjectSettingsService projectSettings;

    public ReviewWorkbench(Database db, TaskExecutor jobs) {
        this.jobs = jobs;
        reviewer.addListener((obs, old, now) -> who.set(describe(now)));
        useDatabase(db);
    }

    /**
     * Switches to another database: new services, its settings, and the reviewer this computer's user picked
     * last there (or nobody).
     */
    public void useDatabase(Database db) {
        if (reviews != null) {
            reviews.close();
        }
        reviews = new ReviewService(db);
        reviewers = new ReviewerService(db);
        adjudication = new AdjudicationService(db);
        projectSettings = new ProjectSettingsService(db);
        settings.set(projectSettings.settings());
        Optional<dev.concord.review.Reviewer> last = reviewers.remembered();
        reviewer.set(null);
        database.set(db);
        reviewer.set(last.orElse(null));
    }

    /** Makes {@code r} the current reviewer and remembers the pick for the next start. */
    public void setReviewer(Reviewer r) {
        reviewers.remember(r);
        reviewer.set(null);
        reviewer.set(r);
    }

    /** Saves new settings and tells the screens. */
    public void saveSettings(ReviewSettings s) {
        projectSettings.save(s);
        settings.set(s);
    }

    /** Re-reads the current reviewer (e.g. after the lead flag changed) without restarting the screens' work. */
    public void reloadReviewer() {
        Reviewer r = reviewer.get();
        if (r != null) {
            reviewers.find(r.id()).ifPresent(fresh -> {
                if (!fresh.equals(r)) {
                    reviewer.set(fresh);
                }
            });
        }
    }

    /** Runs the review screens' store work, one job after another. */
    public TaskExecutor jobs() {
        return jobs;
    }

    public ReviewService reviews() {
        return reviews;
    }

    public ReviewerService reviewers() {
        return reviewers;
    }

    public AdjudicationService adjudication() {
        return adjudication;
    }

    public ReadOnlyObjectProperty<Database> databaseProperty() {
        return database.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Reviewer> reviewerProperty() {
        return reviewer.getReadOnlyProperty();
    }

    /** Who is reviewing and their role, for the status bar: "Reviewing as Ann · lead". */
    public ReadOnlyStringProperty whoProperty() {
        return who.getReadOnlyProperty();
    }

    /** The status bar's words for a reviewer (or for nobody). */
    public static String describe(Reviewer r) {
        return r == null ? "No reviewer chosen (Review ▸ Switch reviewer…)"
                : "Reviewing as " + r.name() + " · " + (r.lead() ? "lead" : "reviewer");
    }

    public Reviewer reviewer() {
        return reviewer.get();
    }

    public ReadOnlyObjectProperty<ReviewSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public ReviewSettings settings() {
        return settings.get();
    }
}
