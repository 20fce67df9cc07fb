package dev.concord.ui.reviewer;

import dev.concord.model.ProgressListener;
import dev.concord.review.Reviewer;
import dev.concord.service.ReviewerService;
import dev.concord.ui.review.ReviewWorkbench;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The Review menu (switch reviewer, project settings) and the who-am-I prompt at start. Each dialog opens once what
 * it shows has been read in the background (and once the open database's own reads are done); asking again while
 * that read runs does nothing.
 */
public final class ReviewerActions {
    public static final String SWITCH_MENU_ID = "switchReviewerMenuItem";
    public static final String SETTINGS_MENU_ID = "projectSettingsMenuItem";

    private final ReviewWorkbench bench;
    private final Supplier<RulesViewModel> rules;
    private final Runnable joined;
    private boolean reading;

    /**
     * @param rules  a new rules editor's state over the open database, for each time the settings open
     * @param joined what to do once someone picked or added themselves (the main window opens the Review tab)
     */
    public ReviewerActions(ReviewWorkbench bench, Supplier<RulesViewModel> rules, Runnable joined) {
        this.rules = rules;
        this.bench = bench;
        this.joined = joined;
    }

    /** "Review": Switch reviewer… (Shortcut+Shift+R), Project settings… (Shortcut+Comma). */
    public Menu menu(Supplier<Window> owner) {
        MenuItem switchReviewer = new MenuItem("Switch reviewer…");
        switchReviewer.setId(SWITCH_MENU_ID);
        switchReviewer.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+R"));
        switchReviewer.setOnAction(e -> switchReviewer(owner.get()));
        MenuItem settings = new MenuItem("Project settings…");
        settings.setId(SETTINGS_MENU_ID);
        settings.setAccelerator(KeyCombination.keyCombination("Shortcut+Comma"));
        settings.setOnAction(e -> editSettings(owner.get()));
        Runnable follow = () -> {
            // On a team database the reviewer is the login, and only an admin may change the settings; both wait
            // while a database opens.
            boolean opening = bench.openingProperty().get();
            switchReviewer.setDisable(opening || bench.memberProperty().get() != null);
            settings.setDisable(opening || !bench.mayAdminister());
        };
        follow.run();
        bench.memberProperty().addListener((obs, old, now) -> follow.run());
        bench.databaseProperty().addListener((obs, old, now) -> follow.run());
        bench.openingProperty().addListener((obs, old, now) -> follow.run());
        return new Menu("Review", null, switchReviewer, settings);
    }

    /**
     * Asks who is reviewing when nobody is remembered for this database (never on a team database), once the open
     * database's reviewer has been read.
     */
    public void pickIfNeeded(Window owner) {
        bench.whenOpen(() -> {
            if (bench.reviewer() == null && bench.memberProperty().get() == null) {
                switchReviewer(owner);
            }
        });
    }

    /** Reads the reviewers in the background, then asks who is reviewing. */
    public void switchReviewer(Window owner) {
        read("Reading the reviewers…", () -> {
            ReviewerService people = bench.reviewers();
            Reviewer current = bench.reviewer();
            return p -> ReviewerPickerViewModel.read(people, current);
        }, known -> new ReviewerPickerDialog(owner, new ReviewerPickerViewModel(bench.reviewers(), bench.jobs(), known,
                t -> bench.failed(t, "adding a reviewer"))).showAndWait().ifPresent(r -> {
                    bench.setReviewer(r);
                    joined.run();
                }));
    }

    /** Reads the reviewers in the background, then opens the project settings. */
    public void editSettings(Window owner) {
        read("Reading the project settings…", () -> {
            ReviewerService people = bench.reviewers();
            return p -> people.reviewers();
        }, people -> new SettingsDialog(owner, new SettingsViewModel(bench, people), rules.get()).showAndWait());
    }

    /**
     * Once the database is open, runs the read that {@code work} makes (asked then, so it sees that database's
     * services) and gives its result to {@code show}; one read at a time, and nothing while no database could be
     * opened.
     */
    private <T> void read(String title, Supplier<Function<ProgressListener, T>> work, Consumer<T> show) {
        bench.whenOpen(() -> {
            if (reading || bench.reviewers() == null) {
                return;
            }
            reading = true;
            bench.jobs().run(title, work.get(), value -> {
                reading = false;
                show.accept(value);
            }, t -> {
                reading = false;
                bench.failed(t, title.replace("…", "").toLowerCase());
            });
        });
    }
}
