package dev.concord.ui.agreement;

import dev.concord.store.Database;
import dev.concord.ui.common.TaskRunner;
import javafx.scene.control.Tab;

import java.util.function.Supplier;

/** The "Agreement" tab of the main window: computes the dashboard when first shown, and after a database change. */
public final class AgreementTab extends Tab {
    private final AgreementViewModel vm;
    private final AgreementView view;

    public AgreementTab(Supplier<Database> database, TaskRunner tasks) {
        super("Agreement");
        vm = new AgreementViewModel(database, tasks);
        view = new AgreementView(vm);
        setContent(view);
        setOnSelectionChanged(e -> {
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
