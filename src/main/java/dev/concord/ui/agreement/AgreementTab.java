package dev.concord.ui.agreement;

import dev.concord.review.Reviewer;
import dev.concord.review.Viewer;
import dev.concord.store.Database;
import dev.concord.ui.common.TaskRunner;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Tab;

import java.util.function.Supplier;

/** The "Agreement" tab of the main window: computes the dashboard when first shown, and after a database change. */
public final class AgreementTab extends Tab {
    private final AgreementViewModel vm;
    private final AgreementView view;

    /**
     * @param database the open database
     * @param databaseChanged changes when another database is opened; the dashboard then recomputes if shown
     * @param reviewer who is looking (null for nobody yet): item rows show only what they may see, and a new
     *     reviewer clears the dashboard (recomputed if shown)
     */
    public AgreementTab(Supplier<Database> database, ObservableValue<?> databaseChanged,
                        ObservableValue<Reviewer> reviewer, TaskRunner tasks) {
        super("Agreement");
        vm = new AgreementViewModel(database, () -> Viewer.of(reviewer.getValue()), tasks);
        view = new AgreementView(vm);
        setContent(view);
        setOnSelectionChanged(e -> {
            if (isSelected()) {
                vm.showing();
            }
        });
        databaseChanged.addListener((obs, old, now) -> {
            if (isSelected()) {
                vm.showing();
            }
        });
        reviewer.addListener((obs, old, now) -> {
            vm.viewerChanged();
            if (isSelected()) {
                vm.showing();
            }
        });
    }

    public AgreementViewModel viewModel() {
        return vm;
    }

    public AgreementView view() {
        return view;
    }
}
