package dev.concord.ui.queue;

import dev.concord.model.FlagReason;
import dev.concord.model.QueueEntry;
import dev.concord.ui.common.Shortcuts;
import dev.concord.ui.common.Styles;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.time.Instant;
import java.util.stream.Collectors;

/** The flagged queue: a reason filter, the count, and a virtualised table paged from the store. */
public final class QueueView extends BorderPane {
    public static final String TABLE_ID = "queueTable";
    public static final String FILTER_ID = "reasonFilter";
    public static final String COUNT_ID = "queueCount";
    public static final String SEARCH_ID = QueueSearchField.ID;
    /** Focuses the search field while the Queue tab shows. */
    public static final javafx.scene.input.KeyCombination SEARCH_KEY = QueueSearchField.FOCUS;
    public static final String FORGET_ID = "forgetSession";

    private final TableView<QueueEntry> table = new TableView<>();

    public QueueView(QueueViewModel vm) {
        getStyleClass().add("queue-view");
        ComboBox<FlagReason> filter = new ComboBox<>();
        filter.setId(FILTER_ID);
        filter.getItems().add(null);
        filter.getItems().addAll(FlagReason.values());
        filter.setButtonCell(reasonCell());
        filter.setCellFactory(list -> reasonCell());
        filter.valueProperty().bindBidirectional(vm.reasonFilterProperty());

        Label count = new Label();
        count.setId(COUNT_ID);
        count.getStyleClass().add(Styles.MUTED);
        count.textProperty().bind(vm.countProperty());

        Label title = new Label("Flagged queue");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label open = new Label("Enter or double-click: review this item (leads)");
        open.getStyleClass().add(Styles.MUTED);
        Button forget = new Button("Forget session…");
        forget.setTooltip(new javafx.scene.control.Tooltip("Ctrl+Delete: forget the selected item's session"));
        forget.setMinWidth(Region.USE_PREF_SIZE);
        forget.setId(FORGET_ID);
        forget.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.forgetAllowedProperty().not()));
        forget.setOnAction(e -> vm.forgetThis(table.getSelectionModel().getSelectedItem()));
        javafx.scene.control.TextField search = QueueSearchField.create(vm.searchProperty());
        sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                Shortcuts.put(now, SEARCH_KEY, "Queue: search", () -> {
                    if (shown(search)) {
                        search.requestFocus();
                        search.selectAll();
                    }
                });
            }
        });
        Label reason = new Label("Reason");
        for (Label l : new Label[] {title, reason, count}) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        open.setMinWidth(0);
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMaxWidth(420);
        HBox first = new HBox(10, title, spacer, reason, filter, count);
        first.setAlignment(Pos.CENTER_LEFT);
        HBox second = new HBox(10, search, open, forget);
        second.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.VBox toolbar = new javafx.scene.layout.VBox(6, first, second);
        toolbar.setPadding(new Insets(8, 10, 8, 10));
        toolbar.getStyleClass().add(Styles.TOOLBAR);

        table.setId(TABLE_ID);
        table.setItems(vm.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.textProperty().bind(javafx.beans.binding.Bindings.when(vm.searchProperty().isEmpty())
                .then("No flagged items. Import a log with File → Import…")
                .otherwise("No item matches the search. Clear it (Esc) to see the whole queue."));
        table.setPlaceholder(empty);
        TableColumn<QueueEntry, String> reasons = column("Reasons", 230, e -> e.reasons().stream()
                .map(FlagReason::shortLabel).collect(Collectors.joining(" · ")));
        reasons.setMinWidth(185);
        table.getColumns().add(reasons);
        TableColumn<QueueEntry, Number> attempts = new TableColumn<>("Attempts");
        attempts.setPrefWidth(96);
        attempts.setMinWidth(96);
        attempts.getStyleClass().add(Styles.CENTERED_COLUMN);
        attempts.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue() == null ? 0 : c.getValue().attemptCount()));
        table.getColumns().add(attempts);
        TableColumn<QueueEntry, String> session = column("Session", 110, QueueEntry::session);
        session.setMinWidth(95);
        table.getColumns().add(session);
        table.getColumns().add(column("Age", 70, e -> Age.between(e.createdAt(), Instant.now())));
        table.getColumns().add(column("Prompt", 380, QueueEntry::headline));
        table.getColumns().forEach(c -> c.setSortable(false));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.select(now));
        vm.totalProperty().addListener((obs, old, now) -> table.getSelectionModel().clearSelection());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                vm.reviewThis(table.getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE && e.isShortcutDown()
                    && table.getSelectionModel().getSelectedItem() != null) {
                vm.forgetThis(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                vm.reviewThis(table.getSelectionModel().getSelectedItem());
            }
        });

        setTop(toolbar);
        setCenter(table);
    }

    /** Whether the node and all its parents are visible (the Queue tab is the one selected). */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    public TableView<QueueEntry> table() {
        return table;
    }

    private static TableColumn<QueueEntry, String> column(String name, double width,
                                                          java.util.function.Function<QueueEntry, String> value) {
        TableColumn<QueueEntry, String> col = new TableColumn<>(name);
        col.setPrefWidth(width);
        col.setMinWidth(Math.min(width, 60));
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue() == null ? "" : value.apply(c.getValue())));
        col.setCellFactory(c -> new TableCell<>() {
            private final Tooltip fullText = new Tooltip();

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                fullText.setText(item);
                setTooltip(empty || item == null || item.isEmpty() ? null : fullText);
            }
        });
        return col;
    }

    private static ListCell<FlagReason> reasonCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(FlagReason item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? "All reasons" : item.label());
            }
        };
    }
}
