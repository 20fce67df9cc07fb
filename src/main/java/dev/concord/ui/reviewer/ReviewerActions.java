package dev.concord.ui.reviewer;

import dev.concord.ui.review.ReviewWorkbench;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

import java.util.function.Supplier;

/** The Review menu (switch reviewer, project settings) and the who-am-I prompt at start. */
public final class ReviewerActions {
    public static final String SWITCH_MENU_ID = "switchReviewerMenuItem";
    public static final String SETTINGS_MENU_ID = "projectSettingsMenuItem";

    private final ReviewWorkbench bench;
    private final Supplier<RulesViewModel> rules;
    private final Runnable joined;

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
            // On a team database the reviewer is the login, and only an admin may change the settings.
            switchReviewer.setDisable(bench.memberProperty().get() != null);
            settings.setDisable(!bench.mayAdminister());
        };
        follow.run();
        bench.memberProperty().addListener((obs, old, now) -> follow.run());
        bench.databaseProperty().addListener((obs, old, now) -> follow.run());
        return new Menu("Review", null, switchReviewer, settings);
    }

    /** Asks who is reviewing when nobody is remembered for this database (never on a team database). */
    public void pickIfNeeded(Window owner) {
        if (bench.reviewer() == null && bench.memberProperty().get() == null) {
            switchReviewer(owner);
        }
    }

    public void switchReviewer(Window owner) {
        new ReviewerPickerDialog(owner, new ReviewerPickerViewModel(bench.reviewers(), bench.reviewer()))
                .showAndWait().ifPresent(r -> {
                    bench.setReviewer(r);
                    joined.run();
                });
    }

    public void editSettings(Window owner) {
        new SettingsDialog(owner, new SettingsViewModel(bench),
                rules.get()).showAndWait();
    }
}
