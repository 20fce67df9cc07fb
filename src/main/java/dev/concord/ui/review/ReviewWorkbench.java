package dev.concord.ui.review;

import dev.concord.review.ReviewSettings;
import dev.concord.review.Reviewer;
import dev.concord.review.TeamMember;
import dev.concord.review.TeamRole;
import dev.concord.service.AdjudicationService;
import dev.concord.service.ProjectSettingsService;
import dev.concord.service.ReviewService;
import dev.concord.service.ReviewerService;
import dev.concord.store.Database;
import dev.concord.ui.common.ErrorAdvice;
import dev.concord.ui.common.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the review screens share: the services over the open database, who is reviewing, and the project's
 * review settings. Screens listen to its properties: a new database, reviewer or settings restarts them. Everything
 * it reads or writes runs on its executor, off the UI thread: a database's settings and reviewer are read there
 * ({@link #openingProperty()} is true meanwhile) and the screens restart once they arrived.
 */
public final class ReviewWorkbench {
    /** The status bar's words while a database's settings and reviewer are read. */
    public static final String OPENING = "Reading who reviews and the project's settings…";
    private final TaskExecutor jobs;
    private final ReadOnlyObjectWrapper<Database> database = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Reviewer> reviewer = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ReviewSettings> settings = new ReadOnlyObjectWrapper<>(ReviewSettings.defaults());
    private final ReadOnlyStringWrapper who = new ReadOnlyStringWrapper(describe(null));
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<TeamMember> member = new ReadOnlyObjectWrapper<>();
    private final List<Runnable> whenOpen = new ArrayList<>();
    private WorkbenchSession session;
    /** The database asked for last (its session may still be on its way). */
    private Database target;
    /** Picked while the database was being opened: it wins over the remembered reviewer. */
    private Reviewer pickedWhileOpening;
    private Consumer<ErrorAdvice> onError = advice -> { };

    public ReviewWorkbench(Database db, TaskExecutor jobs) {
        this.jobs = jobs;
        reviewer.addListener((obs, old, now) -> who.set(describeNow(now)));
        useDatabase(db);
    }

    /**
     * Switches to another database: reads, in the background, its settings and the reviewer (on a team database the
     * login's own, no picking; else the one this computer's user picked last there, or nobody), then points the
     * screens at it.
     */
    public void useDatabase(Database db) {
        target = db;
        opening.set(true);
        who.set(OPENING);
        jobs.run("Reading the project's review settings…", p -> WorkbenchSession.read(db), this::use, t -> {
            if (db == target) {
                opening.set(false);
                who.set(describeNow(reviewer.get()));
            }
            failed(t, "opening " + db.displayName());
        });
    }

    private void use(WorkbenchSession s) {
        if (s.db() != target) {
            s.reviews().close();
            return;
        }
        if (session != null) {
            session.reviews().close();
        }
        session = s;
        settings.set(s.settings());
        reviewer.set(null);
        member.set(s.me().orElse(null));
        database.set(s.db());
        Reviewer first = s.me().isEmpty() && pickedWhileOpening != null ? pickedWhileOpening : s.reviewer().orElse(null);
        pickedWhileOpening = null;
        opening.set(false);
        who.set(describeNow(null));
        reviewer.set(first);
        List<Runnable> waiting = List.copyOf(whenOpen);
        whenOpen.clear();
        waiting.forEach(Runnable::run);
    }

    /** Runs {@code action} on the UI thread once the open database's settings and reviewer are there (now if they are). */
    public void whenOpen(Runnable action) {
        if (opening.get()) {
            whenOpen.add(action);
        } else {
            action.run();
        }
    }

    /**
     * Makes {@code r} the current reviewer and remembers the pick for the next start (in the background).
     *
     * @throws IllegalStateException on a team database, where the reviewer is the login
     */
    public void setReviewer(Reviewer r) {
        if (member.get() != null) {
            throw new IllegalStateException("on a team database you review as your login, "
                    + member.get().login());
        }
        Database db = target;
        jobs.run("Remembering who reviews…", p -> {
            new ReviewerService(db).remember(r);
            return null;
        }, done -> { }, t -> failed(t, "remembering who reviews"));
        if (opening.get()) {
            pickedWhileOpening = r;
            return;
        }
        reviewer.set(null);
        reviewer.set(r);
    }

    /**
     * Saves new settings and the changed lead flags (reviewer id to lead or not) in the background, then tells the
     * screens and applies the current reviewer's new role without restarting their work; {@code onSaved} runs then,
     * on the UI thread. A failure goes to the error handler and {@code onFailed} runs.
     */
    public void saveSettings(ReviewSettings s, Map<String, Boolean> leads, Runnable onSaved, Runnable onFailed) {
        ProjectSettingsService store = session.projectSettings();
        ReviewerService people = session.reviewers();
        Reviewer current = reviewer.get();
        jobs.run("Saving the project settings…", p -> {
            store.save(s);
            leads.forEach(people::setLead);
            return current == null ? Optional.<Reviewer>empty() : people.find(current.id());
        }, fresh -> {
            settings.set(s);
            fresh.filter(f -> current == reviewer.get() && !f.equals(current)).ifPresent(reviewer::set);
            onSaved.run();
        }, t -> {
            failed(t, "saving the project settings");
            onFailed.run();
        });
    }

    /** Where failures of the workbench's own reads and writes go, as advice for a dialog. */
    public void setOnError(Consumer<ErrorAdvice> handler) {
        this.onError = handler == null ? advice -> { } : handler;
    }

    /** Reports a failure of the review screens' store work (what was being done, e.g. "adding a reviewer"). */
    public void failed(Throwable t, String doing) {
        onError.accept(ErrorAdvice.of(t, doing));
    }

    /** Forgets cached counts after an import added items (nothing to forget while a database opens). */
    public void itemsChanged() {
        if (session != null) {
            session.reviews().refresh();
        }
    }

    /** True while a database's settings and reviewer are being read; the reviewer menu waits for it. */
    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    /** On a team database, the login as a member (its role decides what the screens offer); else null. */
    public ReadOnlyObjectProperty<TeamMember> memberProperty() {
        return member.getReadOnlyProperty();
    }

    /** Whether this session may ingest, export and change the label set, overlap and policy: anyone on a file, an
     * admin on a team database. */
    public boolean mayAdminister() {
        return member.get() == null || member.get().role() == TeamRole.ADMIN;
    }

    /** Runs the review screens' store work, one job after another. */
    public TaskExecutor jobs() {
        return jobs;
    }

    /** The open database's review service; null until the first database's session arrived. */
    public ReviewService reviews() {
        return session == null ? null : session.reviews();
    }

    public ReviewerService reviewers() {
        return session == null ? null : session.reviewers();
    }

    public AdjudicationService adjudication() {
        return session == null ? null : session.adjudication();
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

    private String describeNow(Reviewer r) {
        TeamMember m = member.get();
        return m != null && r != null && r.id().equals(m.reviewer().id())
                ? "Signed in as " + m.login() + " · " + m.role().word() : describe(r);
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
