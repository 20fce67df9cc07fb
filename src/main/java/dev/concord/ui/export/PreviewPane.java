package dev.concord.ui.export;

import dev.concord.curate.Exclusion;
import dev.concord.ui.common.Styles;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/** Live preview: rows per file and origin, exclusions per reason, and the excluded items on request. */
final class PreviewPane extends VBox {
    static final String FILES_ID = "exportFiles";
    static final String REASONS_ID = "exportReasons";
    static final String ITEMS_ID = "exportExcludedItems";
    static final String SHOW_ITEMS_ID = "exportShowItems";
    static final String AGREEMENT_ID = "exportAgreement";

    PreviewPane(ExportViewModel vm) {
        setSpacing(8);
        setPadding(new Insets(12));
        TableView<ExportViewModel.FileRow> files = new TableView<>(vm.files());
        files.setId(FILES_ID);
        files.getColumns().add(column("File", 190, r -> r.file()));
        files.getColumns().add(number("Rows", r -> r.rows()));
        files.getColumns().add(number("Reviewed", r -> r.reviewed()));
        files.getColumns().add(number("Automatic", r -> r.automatic()));
        files.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        files.setFixedCellSize(26);
        files.setPrefHeight(26 * 6 + 32);
        files.setMinHeight(Region.USE_PREF_SIZE);

        TableView<ExportViewModel.ReasonRow> reasons = new TableView<>(vm.reasons());
        reasons.setId(REASONS_ID);
        reasons.getColumns().add(column("Excluded because", 150, r -> r.reason()));
        reasons.getColumns().add(number("Count", r -> r.count()));
        reasons.getColumns().add(column("Why", 300, r -> r.why()));
        reasons.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        reasons.setPlaceholder(new Label("Nothing excluded"));
        reasons.setPrefHeight(160);
        reasons.setMinHeight(130);

        Button show = new Button("Show excluded _items");
        show.setId(SHOW_ITEMS_ID);
        show.setOnAction(e -> vm.showExclusionItems());
        TableView<Exclusion> items = new TableView<>(vm.exclusions());
        items.setId(ITEMS_ID);
        items.getColumns().add(column("Source", 150, x -> x.source()));
        items.getColumns().add(column("File", 150, x -> x.file() == null ? "(whole item)" : x.file().path()));
        items.getColumns().add(column("Reason", 130, x -> x.reason().code()));
        items.getColumns().add(column("Detail", 300, x -> x.detail()));
        items.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        items.setPlaceholder(new Label("Press “Show excluded items” to list them one by one"));
        items.setMinHeight(120);
        VBox.setVgrow(items, Priority.ALWAYS);

        Label agreement = new Label();
        agreement.setId(AGREEMENT_ID);
        agreement.setWrapText(true);
        agreement.setMinHeight(Region.USE_PREF_SIZE);
        agreement.textProperty().bind(vm.agreementProperty());

        Label filesTitle = title("What the export holds");
        Label reasonsTitle = title("What stays out, and why");
        HBox itemsBar = new HBox(8, reasonsTitle, show);
        getChildren().addAll(filesTitle, files, agreement, itemsBar, reasons, items);
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.SECTION_TITLE);
        return l;
    }

    private static <T> TableColumn<T, String> column(String name, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }

    private static <T> TableColumn<T, Number> number(String name, Function<T, Long> value) {
        TableColumn<T, Number> c = new TableColumn<>(name);
        c.setPrefWidth(80);
        c.getStyleClass().add(Styles.EXPORT_NUMBER);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }
}
