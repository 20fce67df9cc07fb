package dev.concord.ui.agreement;

import dev.concord.service.DrillItem;
import dev.concord.ui.common.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/**
 * The items behind the figure last clicked (those counting against it first, tinted), and the selected item's
 * reviews side by side; for a reviewer, only the items they have reviewed, with a sentence saying so.
 */
final class DrillDownPanel extends SplitPane {
    static final String TABLE_ID = "drillTable";
    static final String TITLE_ID = "drillTitle";
    static final String HIDDEN_ID = "drillHidden";
    private static final PseudoClass AGAINST = PseudoClass.getPseudoClass("against");

    private final TableView<DrillItem> table = new TableView<>();
    private final ReviewsSideBySide reviews = new ReviewsSideBySide();

    DrillDownPanel(AgreementViewModel vm) {
        Label title = new Label();
        title.setId(TITLE_ID);
        title.getStyleClass().add(Styles.SECTION_TITLE);
        title.textProperty().bind(vm.drillTitleProperty());
        Label hint = new Label("Tinted rows count against the figure. Click a heatmap cell, a bar or a week to list"
                + " its items.");
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);

        Label hidden = new Label();
        hidden.setId(HIDDEN_ID);
        hidden.getStyleClass().add(Styles.BLIND_NOTE);
        hidden.setWrapText(true);
        hidden.setMinHeight(Region.USE_PREF_SIZE);
        hidden.textProperty().bind(vm.hiddenNoteProperty());
        hidden.visibleProperty().bind(vm.hiddenNoteProperty().isNotEmpty());
        hidden.managedProperty().bind(hidden.visibleProperty());

        table.setId(TABLE_ID);
        table.setItems(vm.drillItems());
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(Bindings.when(vm.hiddenNoteProperty().isEmpty()).then("No items.")
                .otherwise("No item you have reviewed is behind this figure."));
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Item", 135, DrillItem::item));
        table.getColumns().add(column("Prompt", 200, DrillItem::headline));
        TableColumn<DrillItem, Number> ratings = new TableColumn<>("Reviews");
        ratings.setPrefWidth(70);
        ratings.setMinWidth(66);
        ratings.getStyleClass().add(Styles.CENTERED_COLUMN);
        ratings.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().ratings()));
        table.getColumns().add(ratings);
        table.getColumns().add(column("Labels", 170, DrillItem::labels));
        table.getColumns().add(column("What the figure saw", 240, DrillItem::detail));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DrillItem item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(AGAINST, !empty && item != null && item.disagreement());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.select(now));
        vm.selectedProperty().addListener((obs, old, now) -> reviews.show(now));

        VBox left = new VBox(4, title, hint, hidden, table);
        left.setPadding(new Insets(6));
        VBox.setVgrow(table, Priority.ALWAYS);
        reviews.setPadding(new Insets(6));
        getItems().addAll(left, reviews);
        setDividerPositions(0.5);
    }

    TableView<DrillItem> table() {
        return table;
    }

    private static TableColumn<DrillItem, String> column(String name, double width, Function<DrillItem, String> value) {
        TableColumn<DrillItem, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue() == null ? "" : value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }
}
