package dev.concord.ui.ingest;

import dev.concord.service.IngestReport;
import dev.concord.service.IngestReportFormatter;
import dev.concord.ui.common.Styles;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Shows what an import did: lines, events, duplicates, rejected lines by file and line, redactions, flags. */
public final class ImportReportDialog extends Alert {
    public static final String REPORT_ID = "importReport";

    public ImportReportDialog(Window owner, IngestReport report) {
        super(report.hasDataErrors() ? AlertType.WARNING : AlertType.INFORMATION, "", ButtonType.OK);
        initOwner(owner);
        setTitle("Import report");
        setHeaderText(count(report.eventsStored(), "event") + " stored, " + count(report.duplicates(), "duplicate")
                + " skipped, " + count(report.rejectedLines(), "line") + " rejected");
        TextArea text = new TextArea(IngestReportFormatter.format(report));
        text.setId(REPORT_ID);
        text.setEditable(false);
        text.getStyleClass().add(Styles.REPORT_TEXT);
        text.setPrefSize(640, 420);
        getDialogPane().setContent(text);
        getDialogPane().getStylesheets().addAll(Styles.stylesheets());
        setResizable(true);
    }

    private static String count(long n, String noun) {
        return String.format("%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
