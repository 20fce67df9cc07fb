package dev.concord.ui.export;

import dev.concord.curate.ExampleFile;
import dev.concord.curate.Exclusion;
import dev.concord.curate.ExclusionReason;
import dev.concord.curate.ExportPolicy;
import dev.concord.curate.Origin;
import dev.concord.export.ExportException;
import dev.concord.export.Tally;
import dev.concord.model.CancelledException;
import dev.concord.service.AgreementAnalysisText;
import dev.concord.service.ExportReport;
import dev.concord.service.ExportReportFormatter;
import dev.concord.service.ExportService;
import dev.concord.ui.common.Debounce;
import dev.concord.ui.common.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.Map;

/**
 * State of the Export dialog: the policy form, a live preview (re-run a moment after each edit, in the background,
 * nothing written), the exclusions by reason and, on request, item by item, and the export itself with progress
 * and cancel. Runs its work (reading the saved policy too) on the {@link TaskExecutor} it is given: the app gives
 * the dialog an executor of its own, so a long preview never blocks the main window.
 */
public final class ExportViewModel {
    /** One line of the files table. */
    public record FileRow(String file, long rows, long reviewed, long automatic) {
    }

    /** One line of the exclusions table. */
    public record ReasonRow(String reason, long count, String why) {
    }

    private final ExportService service;
    private final TaskExecutor tasks;
    private final PolicyForm form;
    private final StringProperty outFolder = new SimpleStringProperty();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper policyError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper agreement = new ReadOnlyStringWrapper("");
    /** The agreement figures do not depend on the policy: the first preview computes them, exports refresh them. */
    private boolean agreementShown;
    private final ReadOnlyObjectWrapper<Path> lastExport = new ReadOnlyObjectWrapper<>();
    private final ObservableList<FileRow> files = FXCollections.observableArrayList();
    private final ObservableList<ReasonRow> reasons = FXCollections.observableArrayList();
    private final ObservableList<Exclusion> exclusions = FXCollections.observableArrayList();
    private final Debounce debounce;
    private Tally lastTally;
    private boolean exporting;
    private boolean previewPending;

    /** The app's: a preview 350 ms after the last edit of the policy. */
    public ExportViewModel(ExportService service, TaskExecutor tasks, Path defaultFolder) {
        this(service, tasks, defaultFolder, Debounce.fx(350));
    }

    /** @param debounce makes what re-runs the preview a moment after the last edit of the policy */
    public ExportViewModel(ExportService service, TaskExecutor tasks, Path defaultFolder, Debounce.Factory debounce) {
        this.service = service;
        this.tasks = tasks;
        this.form = new PolicyForm(ExportPolicy.defaults());
        outFolder.set(defaultFolder.toString());
        this.debounce = debounce.apply(this::preview);
        form.all().forEach(p -> p.addListener(o -> {
            checkedPolicy();
            this.debounce.poke();
        }));
    }

    public PolicyForm form() {
        return form;
    }

    /** When the dialog opens: reads the saved policy in the background, shows it, then previews it. */
    public void start() {
        status.set("Reading the saved policy…");
        tasks.run("Reading the saved policy", p -> service.savedPolicy(), saved -> {
            saved.ifPresent(form::load);
            debounce.stop();
            preview();
        }, t -> {
            if (!(t instanceof CancelledException)) {
                status.set("Could not read the saved policy (" + t.getMessage() + "); showing the defaults.");
                preview();
            }
        });
    }

    /** Counts what the current policy would export, in the background; the tables update when done. */
    public void preview() {
        ExportPolicy policy = checkedPolicy();
        if (policy == null || exporting) {
            return;
        }
        if (tasks.runningProperty().get()) {
            previewPending = true;
            tasks.cancel();
            return;
        }
        status.set("Counting…");
        boolean withAgreement = !agreementShown;
        tasks.run("Preview", p -> service.preview(policy, x -> { }, withAgreement, p), r -> {
            show(r, withAgreement);
            afterPreview();
        }, t -> {
            if (!(t instanceof CancelledException)) {
                status.set("Preview failed: " + t.getMessage());
            }
            afterPreview();
        });
    }

    private void afterPreview() {
        if (previewPending) {
            previewPending = false;
            preview();
        }
    }

    /** Writes the export into the output folder; the previous export there stays intact until this one is complete. */
    public void export() {
        ExportPolicy policy = checkedPolicy();
        if (policy == null || tasks.runningProperty().get()) {
            return;
        }
        exporting = true;
        Path out = Path.of(outFolder.get().trim());
        status.set("Exporting to " + out + "…");
        tasks.run("Export", p -> service.export(policy, out, x -> { }, p), r -> {
            exporting = false;
            show(r, true);
            lastExport.set(r.folder());
            String leftovers = ExportReportFormatter.leftoversLine(r.leftovers());
            status.set(String.format("Exported %,d rows to %s%s%s", r.tally().totalRows(), r.folder(),
                    r.piiBlocked() > 0 ? String.format(" (%,d rows blocked by the PII scan)", r.piiBlocked()) : "",
                    leftovers.isEmpty() ? "" : "; " + leftovers));
        }, t -> {
            exporting = false;
            status.set(t instanceof CancelledException ? "Export cancelled; the previous export is unchanged."
                    : t instanceof ExportException ? "Not exported: " + t.getMessage()
                    : "Export failed: " + t.getMessage());
        });
    }

    /** Stops a running preview or export. */
    public void cancel() {
        tasks.cancel();
    }

    /** Fills {@link #exclusions()} with the excluded items of the last preview or export (up to Tally.MAX_LISTED). */
    public void showExclusionItems() {
        exclusions.setAll(lastTally == null ? java.util.List.of() : lastTally.listedExclusions());
    }

    private ExportPolicy checkedPolicy() {
        try {
            ExportPolicy p = form.policy();
            policyError.set("");
            return p;
        } catch (IllegalArgumentException e) {
            policyError.set(e.getMessage());
            return null;
        }
    }

    /** Shows a report; its agreement figures only when it was asked to compute them ({@code withAgreement}). */
    private void show(ExportReport r, boolean withAgreement) {
        Tally t = r.tally();
        lastTally = t;
        java.util.List<FileRow> rows = new java.util.ArrayList<>();
        for (ExampleFile f : ExampleFile.values()) {
            rows.add(new FileRow(f.path(), t.rows(f), t.rows(f, Origin.REVIEWED), t.rows(f, Origin.AUTOMATIC)));
        }
        rows.add(new FileRow("total", t.totalRows(), t.totalRows(Origin.REVIEWED), t.totalRows(Origin.AUTOMATIC)));
        files.setAll(rows);
        java.util.List<ReasonRow> why = new java.util.ArrayList<>();
        for (Map.Entry<ExclusionReason, Long> e : t.excluded().entrySet()) {
            why.add(new ReasonRow(e.getKey().code(), e.getValue(), e.getKey().description()));
        }
        reasons.setAll(why);
        if (!exclusions.isEmpty()) {
            showExclusionItems();
        }
        if (withAgreement) {
            agreement.set(r.agreement() == null ? "Agreement: nobody has reviewed anything yet."
                    : "Agreement: " + AgreementAnalysisText.headline(r.agreement()));
            agreementShown = true;
        }
        status.set(String.format("%,d reviewed items (%,d agreed, %,d waiting for a lead), %,d not yet reviewed, "
                + "%,d automatic candidates", t.reviewedItems(), t.agreedItems(), t.awaitingLead(), r.unreviewed(),
                t.candidates()));
    }

    /** Tells the user where the folder is when the system cannot open it (headless, no desktop). */
    public void folderNotOpened(Path folder) {
        status.set("This system cannot open folders from Concord; the export is in " + folder);
    }

    public StringProperty outFolderProperty() {
        return outFolder;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The agreement figures of the database, as the Agreement tab and the manifest have them. */
    public ReadOnlyStringProperty agreementProperty() {
        return agreement.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty policyErrorProperty() {
        return policyError.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> lastExportProperty() {
        return lastExport.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return tasks.runningProperty();
    }

    public TaskExecutor tasks() {
        return tasks;
    }

    public ObservableList<FileRow> files() {
        return files;
    }

    public ObservableList<ReasonRow> reasons() {
        return reasons;
    }

    public ObservableList<Exclusion> exclusions() {
        return exclusions;
    }
}
