package dev.concord.ui;

import dev.concord.service.ReviewFixture;
import dev.concord.ui.common.DirectTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The main window's state without the toolkit: the executors run each job at once. */
class MainViewModelTest {
    @TempDir
    Path dir;

    private final DirectTaskExecutor main = new DirectTaskExecutor();
    private final DirectTaskExecutor review = new DirectTaskExecutor();
    private final AppWiring wiring = new AppWiring(main, review, new DirectTaskExecutor());

    @Test
    void openingAnotherDatabasePointsTheTitleTheQueueAndTheReviewScreensAtIt() throws Exception {
        ReviewFixture first = new ReviewFixture(dir.resolve("a"), 2);
        ReviewFixture second = new ReviewFixture(dir.resolve("b"), 5);
        MainViewModel vm = new MainViewModel(first.db, wiring);
        assertThat(vm.databaseNameProperty().get()).isEqualTo(first.db.displayName());
        long before = vm.queue().totalProperty().get();

        assertThat(vm.openDatabase(Path.of(second.db.displayName()))).isTrue();

        assertThat(vm.databaseNameProperty().get()).as("the window title follows it")
                .isEqualTo(Path.of(second.db.displayName()).toString());
        assertThat(vm.workbench().databaseProperty().get().displayName()).isEqualTo(vm.databaseNameProperty().get());
        assertThat(vm.queue().totalProperty().get()).isEqualTo(before + 3);
        assertThat(main.titles()).containsExactly("Opening " + Path.of(second.db.displayName()).getFileName() + "…");
    }

    @Test
    void theQueueAndTheSelectedItemAreReadThroughTheExecutor() throws Exception {
        ReviewFixture f = new ReviewFixture(dir, 2);
        MainViewModel vm = new MainViewModel(f.db, wiring);
        int reads = review.titles().size();
        assertThat(vm.queue().rows().get(0)).isNotNull();
        vm.queue().select(vm.queue().rows().get(0));

        assertThat(vm.queue().selectedItemProperty().get().id()).isEqualTo(vm.queue().rows().get(0).id());
        assertThat(review.titles().subList(reads, review.titles().size()))
                .containsExactly("Opening " + vm.queue().rows().get(0).id() + "…");
        assertThat(vm.queue().countProperty().get()).isEqualTo(vm.queue().totalProperty().get() + " items");
    }
}
