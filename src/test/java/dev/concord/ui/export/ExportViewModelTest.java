package dev.concord.ui.export;

import dev.concord.curate.ExampleFile;
import dev.concord.curate.ExportPolicy;
import dev.concord.model.ProgressListener;
import dev.concord.service.ExportReport;
import dev.concord.service.ExportScenario;
import dev.concord.service.ExportService;
import dev.concord.store.Database;
import dev.concord.ui.common.Debounce;
import dev.concord.ui.common.DirectTaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The Export dialog's state without the toolkit: jobs run directly, the test fires the preview's debounce. */
class ExportViewModelTest {
    @TempDir
    Path dir;
    private Database db;
    private DirectTaskExecutor jobs;
    private ManualDebounce debounce;
    private ExportViewModel vm;

    /** Pending until the test fires it, as the FX one is until its delay passes. */
    private static final class ManualDebounce implements Debounce {
        Runnable action;
        boolean pending;
        int pokes;

        @Override
        public void poke() {
            pending = true;
            pokes++;
        }

        @Override
        public void stop() {
            pending = false;
        }

        void fire() {
            if (pending) {
                pending = false;
                action.run();
            }
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        db = ExportScenario.build(dir);
        jobs = new DirectTaskExecutor();
        debounce = new ManualDebounce();
        vm = new ExportViewModel(new ExportService(db), jobs, dir.resolve("out"), action -> {
            debounce.action = action;
            return debounce;
        });
    }

    @Test
    void startReadsTheSavedPolicyInTheBackgroundThenPreviewsWithAgreement() {
        vm.start();
        ExportReport expected = new ExportService(db).preview(ExportPolicy.defaults(), x -> { }, ProgressListener.NONE);
        assertThat(jobs.titles()).containsSubsequence("Reading the saved policy", "Preview");
        assertThat(vm.files()).hasSize(ExampleFile.values().length + 1);
        assertThat(vm.files().get(vm.files().size() - 1).rows()).isEqualTo(expected.tally().totalRows()).isPositive();
        assertThat(vm.reasons()).extracting(ExportViewModel.ReasonRow::reason).contains("too-few-reviews", "pii");
        assertThat(vm.agreementProperty().get()).startsWith("Agreement: ");
        assertThat(vm.statusProperty().get()).contains("reviewed items").contains("automatic candidates");
    }

    @Test
    void anEditPreviewsOnlyOnceTheDebounceFiresAndABadValueStopsIt() {
        vm.start();
        int previews = previews();
        vm.form().heldOutPercent.set("100");
        assertThat(debounce.pokes).isPositive();
        assertThat(previews()).as("not on the keystroke").isEqualTo(previews);
        debounce.fire();
        assertThat(previews()).isEqualTo(previews + 1);
        assertThat(vm.files().get(ExampleFile.SFT.ordinal()).reviewed()).as("every reviewed SFT source went to eval")
                .isZero();

        vm.form().heldOutPercent.set("abc");
        assertThat(vm.policyErrorProperty().get()).isEqualTo("Held out for eval (%): 'abc' is not a number");
        debounce.fire();
        assertThat(previews()).as("no preview of a policy that does not parse").isEqualTo(previews + 1);
        vm.export();
        assertThat(jobs.titles()).doesNotContain("Export");
    }

    @Test
    void exportWritesTheFilesAndSaysWhereAndARefusedFolderIsLeftAlone() throws Exception {
        vm.start();
        vm.export();
        Path out = dir.resolve("out");
        assertThat(vm.lastExportProperty().get()).isEqualTo(out);
        for (ExampleFile f : ExampleFile.values()) {
            assertThat(out.resolve(f.path())).exists();
        }
        assertThat(vm.statusProperty().get()).startsWith("Exported ").contains(out.toString());

        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("notes.txt"), "mine");
        vm.outFolderProperty().set(project.toString());
        vm.export();
        assertThat(vm.statusProperty().get()).startsWith("Not exported").contains("not a Concord export");
        assertThat(project.resolve("notes.txt")).hasContent("mine");
        assertThat(vm.lastExportProperty().get()).as("still the last good one").isEqualTo(out);
    }

    private int previews() {
        return (int) jobs.titles().stream().filter("Preview"::equals).count();
    }
}
