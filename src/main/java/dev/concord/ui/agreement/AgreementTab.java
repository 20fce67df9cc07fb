package dev.concord.ui.agreement;

import dev.concord.review.Reviewer;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Tab;

/** The "Agreement" tab of the main window: computes the dashboard when first shown, and after a database change. */
public final class AgreementTab extends Tab {
    private final AgreementViewModel vm;
    private final AgreementView view;

    /**
     * @param vm the dashboard over the open database, as the current reviewer sees it
     * @param databaseChanged changes when another database is opened; the dashboard then recomputes if shown
     * @param reviewer who is looking (null for nobody yet): item rows show only what they may see, and a new
     *     reviewer clears the dashboard (recomputed if shown)
     */
    public AgreementTab(AgreementViewModel vm, ObservableValue<?> databaseChanged, ObservableValue<Reviewer> reviewer) {
        super("Agreement");
        this.vm = vm;
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
